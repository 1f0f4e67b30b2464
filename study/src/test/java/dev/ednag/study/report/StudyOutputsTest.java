package dev.ednag.study.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.study.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyOutputsTest {

    @Test
    void writesReportChartsAndSummary(@TempDir Path dir) throws IOException {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            runs.add(Runs.run("ednag", "cifar10", 50, seed, Runs.OPTIMUM, 10));
            runs.add(Runs.run("rs", "cifar10", 50, seed, 94.0 + seed / 10.0, 20));
        }
        List<Path> files = StudyOutputs.write(dir, Runs.header(List.of()), runs);
        assertEquals(List.of("anytime-cifar10.png", "anytime-cifar10.csv", "summary.csv", "report.md"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals(SummaryCsv.HEADER, summary.get(0));
        int columns = SummaryCsv.HEADER.split(",").length;
        // ednag hits on all three seeds (after 1, 2, 3 queries: median 2) and is the reference.
        assertTrue(summary.get(1).startsWith("cifar10,50,ednag,3,0,94.3733,0.0,94.3733,0.0,0.0,3,1.0,"), summary.get(1));
        assertTrue(summary.get(1).endsWith(",2.0,0,10.0,,,,,,"), summary.get(1));
        String[] rs = summary.get(2).split(",", -1);
        assertEquals(columns, rs.length);
        assertEquals("", rs[14], "median censored: every rs run missed");
        assertEquals("3", rs[15]);
        assertEquals("ednag", rs[17]);
        assertEquals("3", rs[18]);
        // Differences 0 − regret_rs < 0 on all three seeds: W+ = 0, W− = 6, p = 2/8.
        assertEquals("0.0", rs[20]);
        assertEquals("6.0", rs[21]);
        assertEquals("0.25", rs[22]);
        assertTrue(Files.readString(dir.resolve("report.md")).contains("(anytime-cifar10.png)"));
    }
}
