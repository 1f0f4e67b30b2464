package dev.ednag.study;

import dev.ednag.core.io.AtomicFiles;
import dev.ednag.core.io.FolderLock;
import dev.ednag.core.json.Json;
import dev.ednag.study.report.StudyOutputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A study end to end: prepare every run of the plan, run the missing ones in parallel (resuming
 * from the folder's log), then write runs.csv, anytime.csv, study.json, the report with its
 * paired tests and anchors, summary.csv and one anytime chart per dataset.
 */
public final class Study {

    private Study() {}

    /** What a finished study produced. */
    public record Outcome(List<RunRecord> runs, long executed, long wallMillis) {}

    public static Outcome run(StudyPlan plan, Map<String, Problem> problems, Path dir, int threads,
            StudyRunner.Progress progress) throws IOException {
        long start = System.nanoTime();
        StudyRunner runner = new StudyRunner(problems, threads);
        List<StudyRunner.Prepared> prepared = runner.prepare(plan);
        Files.createDirectories(dir);
        List<RunRecord> records;
        long before;
        try (FolderLock lock = FolderLock.acquire(dir); StudyLog log = StudyLog.open(dir)) {
            before = log.finished().size();
            records = runner.run(prepared, log, progress);
            long executed = log.finished().size() - before;
            long wall = (System.nanoTime() - start) / 1_000_000;
            AtomicFiles.write(dir.resolve(RunsCsv.FILE), RunsCsv.render(records));
            AtomicFiles.write(dir.resolve(AnytimeCsv.FILE), AnytimeCsv.render(records));
            AtomicFiles.write(dir.resolve(StudyManifest.FILE),
                    Json.writePretty(StudyManifest.build(plan, problems, prepared, threads, wall, executed)) + "\n");
            StudyOutputs.write(dir, StudyHeaders.of(plan, problems, wall), records);
            return new Outcome(records, executed, wall);
        }
    }
}
