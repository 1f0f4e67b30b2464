package dev.ednag.benchmarks.tnb101;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.Metric;
import dev.ednag.benchmarks.Optimum;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.ProtocolMetrics;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.fitness.ReciprocalStretch;
import dev.ednag.core.fitness.ScaledStretch;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Tnb101BenchmarkTest {

    private static final Tnb101Benchmark MICRO = Tnb101Benchmark.micro();
    private static final Tnb101Benchmark MACRO = Tnb101Benchmark.macro();

    @Test
    void everyArchitectureOfEachSpaceHasExactlyOneRowAndEveryRowIsReachableByTheEncoding() {
        for (Tnb101Benchmark bench : List.of(MICRO, MACRO)) {
            SearchSpace space = bench.space();
            List<? extends Architecture> all = space.enumerate().orElseThrow();
            assertEquals(bench.table().size(), all.size(), bench.name());
            Set<String> keys = new HashSet<>(bench.table().keys());
            double[] genome = new double[space.shape().length()];
            for (Architecture a : all) {
                assertTrue(keys.remove(a.key()), a.key());
                space.encode(a, genome, 0);
                assertEquals(a, space.decode(genome, 0), "decode(encode(a)) on " + a.key());
            }
            assertTrue(keys.isEmpty(), "rows no architecture of the space reaches: " + keys);
        }
    }

    @Test
    void paperScaleColumnsMatchTheProvenanceMaxima() {
        // PROVENANCE.md maxima: micro autoencoder 0.5772, jigsaw 95.372; macro normal 0.6435, room layout −0.5822.
        assertEquals(57.72, MICRO.optimum(MICRO.metric("autoencoder", "valid")).value(), 0.005);
        assertEquals(95.372, MICRO.optimum(MICRO.metric("jigsaw", "valid")).value(), 0.0005);
        assertEquals(64.35, MACRO.optimum(MACRO.metric("normal", "valid")).value(), 0.005);
        Optimum room = MACRO.optimum(MACRO.metric("room_layout", "valid"));
        assertEquals(Goal.MINIMIZE, room.goal());
        assertEquals(58.22, room.value(), 0.005, "the smallest loss, x 100");
        assertEquals(60.10, MICRO.optimum(MICRO.metric("room_layout", "valid")).value(), 0.005);
    }

    @Test
    void bothProtocolsSearchAndReportTheValidationColumnBecauseThereIsNoTestSplit() {
        assertFalse(MICRO.hasTestSplit());
        for (Protocol protocol : Protocol.values()) {
            ProtocolMetrics m = MICRO.defaultMetrics("class_scene", protocol);
            assertEquals("class_scene_valid_top1", m.search().column());
            assertEquals(m.search(), m.report());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MICRO.metric("jigsaw", "test"));
        assertTrue(e.getMessage().contains("no test split"), e.getMessage());
    }

    @Test
    void fitnessFollowsTheSpecFactorsAndRoomLayoutUsesTheReciprocal() {
        Metric scene = MICRO.metric("class_scene", "valid");
        assertEquals(1.82, ((ScaledStretch) MICRO.fitness("class_scene", scene)).factor());
        assertEquals(1.73, ((ScaledStretch) MACRO.fitness("class_scene", MACRO.metric("class_scene", "valid"))).factor());
        ReciprocalStretch room = (ReciprocalStretch) MACRO.fitness("room_layout", MACRO.metric("room_layout", "valid"));
        assertEquals(ReciprocalStretch.TNB_MACRO_ROOM_LAYOUT, room.numerator());
        // Every task's best value lands where the stretch is steep (x ≥ 90), which is what the factors are for.
        for (Tnb101Benchmark bench : List.of(MICRO, MACRO)) {
            for (String task : bench.datasets()) {
                Metric valid = bench.metric(task, "valid");
                double best = bench.optimum(valid).value();
                assertTrue(bench.fitness(task, valid).apply(best) >= 303, bench.name() + " " + task);
            }
        }
    }

    @Test
    void oracleLooksUpTheRoomLayoutLossOnThePaperScale() {
        Metric valid = MICRO.metric("room_layout", "valid");
        Evaluation e = MICRO.oracle("room_layout", valid, valid).evaluate(MICRO.table().key(0));
        double stored = MICRO.table().value("room_layout_valid_neg_l2loss", 0);
        assertEquals(-100 * stored, e.search(), 1e-9);
        assertTrue(e.search() > 0);
    }

    @Test
    void tasksAreNamedAsInTheDataAndUnknownOnesListThem() {
        assertEquals(List.of("class_object", "class_scene", "autoencoder", "normal", "segmentsemantic", "room_layout",
                "jigsaw"), MACRO.datasets());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MACRO.dataset("cifar10"));
        assertTrue(e.getMessage().contains("room_layout"), e.getMessage());
    }
}
