package dev.ednag.study.report;

import dev.ednag.core.io.AtomicFiles;
import dev.ednag.study.RunRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a study leaves beside its runs: {@code report.md} linking one anytime chart per
 * dataset, the charts' PNG and CSV, and {@code summary.csv} with the tables' numbers. Each file is
 * written atomically.
 */
public final class StudyOutputs {

    private StudyOutputs() {}

    /** Writes all outputs into {@code dir}; returns the files written. */
    public static List<Path> write(Path dir, StudyHeader header, List<RunRecord> runs) throws IOException {
        List<Path> written = new ArrayList<>(AnytimeChart.write(dir, header, runs));
        Path summary = dir.resolve(SummaryCsv.FILE);
        AtomicFiles.write(summary, SummaryCsv.render(header, runs));
        written.add(summary);
        // The report last: once it exists, everything it links exists too.
        written.add(StudyReport.write(dir, header, runs, true));
        return written;
    }
}
