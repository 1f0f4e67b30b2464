package dev.ednag.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.core.eval.Goal;
import dev.ednag.spaces.nb201.Nb201Space;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProblemTest {

    /** 50 cells with columns named nothing like the built-in ones. */
    private static Nb201Benchmark ownTable() {
        Nb201Space space = Nb201Space.instance();
        String[] keys = new String[50];
        double[] acc = new double[50];
        double[] val = new double[50];
        double[] wait = new double[50];
        for (int i = 0; i < 50; i++) {
            keys[i] = space.cell(i * 7).key();
            acc[i] = 80 + i * 0.2;
            val[i] = 70 + (i * 13 % 50) * 0.2;
            wait[i] = 100 - i;
        }
        return Nb201Benchmark.of(new MetricTable("own.csv", List.of(keys), Map.of("acc", acc, "val", val, "wait", wait),
                List.of(), List.of()));
    }

    @Test
    void theProtocolsDefaultsAreResolvedOnlyForTheMetricsNotNamed() {
        Nb201Benchmark own = ownTable();
        Problem blackbox = Problem.of(own, "cifar10", Protocol.BLACKBOX, "val", "acc", "own");
        assertEquals("val", blackbox.search().column());
        assertEquals("acc", blackbox.report().column());
        assertEquals(89.8, blackbox.optimum().value(), 1e-9);
        Problem oracle = Problem.of(own, "cifar10", Protocol.ORACLE, "acc", null, "own");
        assertEquals("acc", oracle.report().column(), "under oracle one name names both");
        assertEquals("acc", Problem.of(own, "cifar10", Protocol.ORACLE, null, "acc", "own").search().column());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Problem.of(own, "cifar10", Protocol.BLACKBOX, "val", null, "own"));
        assertTrue(missing.getMessage().contains("'cifar10_test'") && missing.getMessage().contains("acc"),
                "the default report column is missing, and the message lists the table's: " + missing.getMessage());
    }

    @Test
    void minimizedNamesTurnAMetricsDirection() {
        Nb201Benchmark own = ownTable();
        Problem maximised = Problem.of(own, "cifar10", Protocol.ORACLE, "wait", null, "own");
        assertEquals(Goal.MAXIMIZE, maximised.search().goal());
        assertEquals(100.0, maximised.optimum().value());
        Problem minimised = Problem.of(own, "cifar10", Protocol.ORACLE, "wait", null, Set.of("wait"), "own");
        assertEquals(Goal.MINIMIZE, minimised.search().goal());
        assertEquals(Goal.MINIMIZE, minimised.report().goal());
        assertEquals(51.0, minimised.optimum().value());
        assertEquals(Goal.MINIMIZE, minimised.fitness().goal(), "EDNAG's fitness rewards the smaller value");
        assertThrows(IllegalArgumentException.class,
                () -> Problem.of(own, "cifar10", Protocol.ORACLE, "wait", null, Set.of("speed"), "own"));
    }
}
