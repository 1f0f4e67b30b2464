package dev.ednag.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.nb201.Nb201Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyRunnerTest {

    private static final Map<String, Problem> PROBLEMS = Map.of("cifar10", Problem.nb201(
            Nb201Benchmark.shipped(), Nb201Dataset.CIFAR10, Protocol.BLACKBOX, null, null, false));

    private static StudyPlan plan(List<Long> seeds) {
        return new StudyPlan("nb201", Protocol.BLACKBOX, List.of("cifar10"), List.of("ednag-faithful", "diffevo"),
                List.of(40L, 120L), seeds);
    }

    @Test
    void recordsDoNotDependOnTheThreadCount(@TempDir Path a, @TempDir Path b) throws IOException {
        List<RunRecord> one = Study.run(plan(List.of(1L, 2L, 3L)), PROBLEMS, a, 1, StudyRunner.Progress.NONE).runs();
        List<RunRecord> four = Study.run(plan(List.of(1L, 2L, 3L)), PROBLEMS, b, 4, StudyRunner.Progress.NONE).runs();
        assertEquals(withoutWall(one), withoutWall(four));
        assertEquals(Files.readString(a.resolve(AnytimeCsv.FILE)), Files.readString(b.resolve(AnytimeCsv.FILE)));
    }

    @Test
    void budgetsAreRespectedAndRecordsAreConsistent(@TempDir Path dir) throws IOException {
        for (RunRecord r : Study.run(plan(List.of(5L, 6L)), PROBLEMS, dir, 2, StudyRunner.Progress.NONE).runs()) {
            assertTrue(r.uniqueQueries() <= r.budget(), r.toString());
            assertEquals(r.resultReport(), r.reportAt(r.uniqueQueries()));
            assertEquals(94.37333333, r.optimumReport(), 1e-9);
            assertEquals(r.optimumReport() - r.resultReport(), r.regret(), 1e-9);
            assertEquals(r.hit(), r.regret() == 0.0);
            if (r.queriesToOptimum() != null) {
                assertTrue(r.queriesToOptimum() <= r.uniqueQueries());
            }
        }
    }

    @Test
    void reRunningSkipsFinishedRunsAndAddsNewSeeds(@TempDir Path dir) throws IOException {
        Study.Outcome first = Study.run(plan(List.of(1L, 2L)), PROBLEMS, dir, 2, StudyRunner.Progress.NONE);
        assertEquals(8, first.executed());
        Study.Outcome again = Study.run(plan(List.of(1L, 2L)), PROBLEMS, dir, 2, StudyRunner.Progress.NONE);
        assertEquals(0, again.executed());
        assertEquals(first.runs(), again.runs());
        Study.Outcome more = Study.run(plan(List.of(1L, 2L, 3L)), PROBLEMS, dir, 2, StudyRunner.Progress.NONE);
        assertEquals(4, more.executed());
        assertEquals(12, more.runs().size());
    }

    @Test
    void aTornFinalLineIsDroppedAndItsRunRunsAgain(@TempDir Path dir) throws IOException {
        Study.run(plan(List.of(1L)), PROBLEMS, dir, 1, StudyRunner.Progress.NONE);
        Path log = dir.resolve(StudyLog.FILE);
        String text = Files.readString(log);
        int cut = text.lastIndexOf('\n', text.length() - 2) + 20; // keep 20 bytes of the last line, no newline
        Files.writeString(log, text.substring(0, cut));
        Study.Outcome resumed = Study.run(plan(List.of(1L)), PROBLEMS, dir, 1, StudyRunner.Progress.NONE);
        assertEquals(1, resumed.executed());
        assertEquals(4, Files.readAllLines(log, StandardCharsets.UTF_8).size());
    }

    @Test
    void damageBeforeTheLastLineIsAnError(@TempDir Path dir) throws IOException {
        Study.run(plan(List.of(1L)), PROBLEMS, dir, 1, StudyRunner.Progress.NONE);
        Path log = dir.resolve(StudyLog.FILE);
        Files.writeString(log, "{not json\n" + Files.readString(log));
        IOException e = assertThrows(IOException.class,
                () -> Study.run(plan(List.of(1L)), PROBLEMS, dir, 1, StudyRunner.Progress.NONE));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void unknownOptimizerIsRefusedBeforeAnythingRuns(@TempDir Path dir) {
        StudyPlan bad = new StudyPlan("nb201", Protocol.BLACKBOX, List.of("cifar10"), List.of("nope"), List.of(10L),
                List.of(1L));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Study.run(bad, PROBLEMS, dir, 1, StudyRunner.Progress.NONE));
        assertTrue(e.getMessage().contains("known:"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve(StudyLog.FILE)));
    }

    @Test
    void planRejectsRepeatsAndEmptyLists() {
        assertThrows(IllegalArgumentException.class, () -> new StudyPlan("nb201", Protocol.BLACKBOX,
                List.of("cifar10"), List.of("rs", "rs"), List.of(10L), List.of(1L)));
        assertThrows(IllegalArgumentException.class, () -> new StudyPlan("nb201", Protocol.BLACKBOX,
                List.of("cifar10"), List.of("rs"), List.of(), List.of(1L)));
        assertThrows(IllegalArgumentException.class, () -> new StudyPlan("nb201", Protocol.BLACKBOX,
                List.of("cifar10"), List.of("rs"), List.of(0L), List.of(1L)));
    }

    private static List<RunRecord> withoutWall(List<RunRecord> runs) {
        return runs.stream().map(r -> new RunRecord(r.optimizer(), r.dataset(), r.budget(), r.seed(), r.protocol(),
                r.resultSearch(), r.resultReport(), r.optimumReport(), r.regret(), r.hit(), r.uniqueQueries(),
                r.queriesToOptimum(), 0, r.anytime())).toList();
    }
}
