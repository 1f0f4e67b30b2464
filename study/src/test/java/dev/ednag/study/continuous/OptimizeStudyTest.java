package dev.ednag.study.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.continuous.DiffusionEvolution;
import dev.ednag.continuous.problems.ProblemSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizeStudyTest {

    private static OptimizePlan plan(int seeds) {
        DiffusionEvolution de = DiffusionEvolution.builder().population(48).steps(8).scaling(4).build();
        List<Long> s = new java.util.ArrayList<>();
        for (long i = 1; i <= seeds; i++) {
            s.add(i);
        }
        return new OptimizePlan(ProblemSuite.problem("beale"), 1, de, 2, List.of("de", "rs"), s, 0.1);
    }

    @Test
    void resultsDoNotDependOnThreads(@TempDir Path dir) throws IOException {
        OptimizeStudy.run(plan(4), dir.resolve("one"), 1, null);
        OptimizeStudy.run(plan(4), dir.resolve("two"), 2, null);
        assertEquals(withoutWallTime(dir.resolve("one/runs.csv")), withoutWallTime(dir.resolve("two/runs.csv")));
    }

    @Test
    void aCrashCutRunIsRedoneAndTheOthersKept(@TempDir Path dir) throws IOException {
        OptimizeStudy.Outcome full = OptimizeStudy.run(plan(3), dir, 2, null);
        Path runs = dir.resolve(OptimizeStudy.RUNS);
        List<String> lines = Files.readAllLines(runs);
        // Keep the header, two complete rows and half of a third, as a crash mid-write would.
        String cut = lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2) + "\n" + lines.get(3).substring(0, 20);
        Files.writeString(runs, cut);
        OptimizeStudy.Outcome resumed = OptimizeStudy.run(plan(3), dir, 2, null);
        assertEquals(4, resumed.executed());
        assertEquals(full.runs().size(), resumed.runs().size());
        assertEquals(withoutWallTime(lines), withoutWallTime(Files.readAllLines(runs)));
    }

    @Test
    void theReportNamesTheSettingsAndTestsAgainstTheFirstMethod(@TempDir Path dir) throws IOException {
        OptimizeStudy.run(plan(3), dir, 2, null);
        String md = Files.readString(dir.resolve("results.md"));
        assertTrue(md.contains("3 seeds (1 to 3); population 48, 8 steps"), md);
        assertTrue(md.contains("| de against |"), md);
        assertTrue(md.contains("| rs |"), md);
        List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(OptimizeReport.CSV_HEADER, csv.get(0));
        assertEquals(3, csv.size());
    }

    private static List<String> withoutWallTime(Path p) throws IOException {
        return withoutWallTime(Files.readAllLines(p));
    }

    private static List<String> withoutWallTime(List<String> lines) {
        return lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    }
}
