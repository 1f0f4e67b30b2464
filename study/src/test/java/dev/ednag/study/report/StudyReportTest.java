package dev.ednag.study.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.study.RunRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyReportTest {

    /**
     * Ten seeds. ednag: seeds 1-4 hit the optimum, the others reach 94.0; rs: 93.5 + seed/100, so
     * ednag's regret is lower on every seed and the ten differences are all negative and distinct.
     */
    private static List<RunRecord> runs() {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed = 1; seed <= 10; seed++) {
            runs.add(Runs.run("ednag", "cifar10", 100, seed, seed <= 4 ? Runs.OPTIMUM : 94.0 - seed / 1000.0, 40 + seed));
            runs.add(Runs.run("rs", "cifar10", 100, seed, 93.5 + seed / 100.0, 5));
        }
        return runs;
    }

    @Test
    void tableRowsAreComputedAsStated() {
        String md = StudyReport.render(Runs.header(List.of()), runs(), false);
        // ednag reports: 4 × 94.3733 and 94.0 − s/1000 for s = 5..10. Sorted: 93.990 .. 93.995 (six),
        // then four at 94.3733; the middle pair is 93.994 and 93.995.
        double[] ednag = {94.3733, 94.3733, 94.3733, 94.3733, 93.995, 93.994, 93.993, 93.992, 93.991, 93.990};
        double mean = java.util.Arrays.stream(ednag).sum() / 10;
        String row = line(md, "| ednag |");
        assertTrue(row.startsWith(String.format(java.util.Locale.ROOT, "| ednag | 10 | %.3f ± ", mean)), row);
        assertTrue(row.contains(String.format(java.util.Locale.ROOT, " | %.3f | ", (93.994 + 93.995) / 2)), row);
        // 4/10 hits: Wilson 16.8%–68.7%.
        assertTrue(row.contains(" | 4/10 (17–69%) | "), row);
        // Queries to optimum: seeds 1..4 hit after 1..4 queries, six misses: sorted 1,2,3,4,∞,… → median censored.
        assertTrue(row.contains(" | >100 | "), row);
        // Wall 41..50 ms: median 45.5.
        assertTrue(row.endsWith(" | 45.5 |"), row);
        String rs = line(md, "| rs |");
        assertTrue(rs.contains(" | 0/10 (0–28%) | >100 | 5 |"), rs);
    }

    @Test
    void pairedTestCallsTheDifferenceWithItsExactP() {
        String md = StudyReport.render(Runs.header(List.of()), runs(), false);
        String row = line(md, "| ednag vs rs |");
        // All ten differences negative: W+ = 0, W− = 55, p = 2/1024.
        assertTrue(row.startsWith("| ednag vs rs | 10 | 0 | "), row);
        assertTrue(row.endsWith(" | 0 | 55 | 0.0020 | ednag lower regret, p = 0.0020 |"), row);
    }

    @Test
    void sameRunsInAnyOrderGiveTheSameBytes() {
        List<RunRecord> shuffled = new ArrayList<>(runs());
        Collections.shuffle(shuffled, new Random(5));
        StudyHeader header = Runs.header(PublishedAnchors.nb201());
        assertEquals(StudyReport.render(header, runs(), true), StudyReport.render(header, shuffled, true));
    }

    @Test
    void anchorsAtTheBudgetAreShownAndProtocolMismatchesFlagged() {
        String md = StudyReport.render(Runs.header(PublishedAnchors.nb201()), runs(), false);
        String exact = line(md, "| random search, exact expectation |");
        assertTrue(exact.contains("| 93.85 | oracle (**differs from this study**) |"), exact);
        String rea = line(md, "| REA (NB201 paper) |");
        assertTrue(rea.contains("| 93.92 ± 0.30 (mean ± sd) | blackbox |"), rea);
        assertTrue(rea.contains("12,000 s of simulated training"), rea);
        // cifar100 anchors do not leak into a cifar10 study, nor k = 150 anchors into budget 100.
        assertFalse(md.contains("71.55"));
        assertFalse(md.contains("93.93"));
        // The whole-run anchor has its own section.
        assertTrue(md.contains("### Anchors for cifar10 without a matching budget"));
        assertTrue(md.contains("94.32 ± 0.04 (mean ± 95% CI); optimum hit 11/20"));
    }

    @Test
    void headerAndSectionsAppearInOrder() {
        String md = StudyReport.render(Runs.header(List.of()), runs(), true);
        assertTrue(md.startsWith("# Study report: nb201, blackbox protocol\n"));
        assertTrue(md.contains("| total wall time | 2.1 min |"));
        assertTrue(md.contains("| runs | 20 |"));
        assertTrue(md.contains("- `ednag`: EDNAG, population 30\n"));
        assertTrue(md.contains("Table optimum of the report metric: 94.3733."));
        assertTrue(md.contains("![anytime curves on cifar10](anytime-cifar10.png)"));
        assertTrue(md.indexOf("## cifar10") < md.indexOf("### cifar10, budget 100"));
    }

    @Test
    void writesAtomicallyTheRenderedText(@TempDir Path dir) throws IOException {
        Path file = StudyReport.write(dir, Runs.header(List.of()), runs());
        assertEquals(StudyReport.render(Runs.header(List.of()), runs(), false),
                Files.readString(file, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void duplicateSeedsAreRefused() {
        List<RunRecord> runs = new ArrayList<>(runs());
        runs.add(Runs.run("rs", "cifar10", 100, 3, 93.0, 5));
        assertThrows(IllegalArgumentException.class, () -> StudyReport.render(Runs.header(List.of()), runs, false));
    }

    private static String line(String md, String prefix) {
        return md.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + prefix + " in\n" + md));
    }
}
