package dev.ednag.benchmarks.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.Metric;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.EvaluationStatus;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.darts.DartsSpace;
import dev.ednag.spaces.nb101.Nb101Space;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampleBenchmarkTest {

    private static final SampleBenchmark NB101 = Nb101Sample.load();
    private static final SampleBenchmark NB301 = Nb301Sample.load();

    @Test
    void everyRowIsAnArchitectureOfTheSpaceAndRoundTripsThroughTheGenome() {
        assertEquals(292, NB101.table().size(), "500 specs name 292 distinct cells");
        assertEquals(725, NB301.table().size());
        for (SampleBenchmark bench : List.of(NB101, NB301)) {
            SearchSpace full = bench.space().underlying();
            double[] genome = new double[full.shape().length()];
            for (String key : bench.table().keys()) {
                Architecture a = full.parse(key);
                full.encode(a, genome, 0);
                assertEquals(a, full.decode(genome, 0), key);
                assertEquals(a, bench.space().decode(genome, 0), "a member's genome snaps to itself");
            }
        }
    }

    @Test
    void repeatedSpecsAreAveragedIntoOneCell() {
        // The bare input->output cell: 55 of the 500 specs prune to it.
        Nb101Space nb101 = Nb101Space.instance();
        Architecture bare = nb101.fromSpec("0000001000000000000000000000000000000000000000000",
                "input;conv3x3-bn-relu;conv3x3-bn-relu;conv3x3-bn-relu;conv3x3-bn-relu;conv3x3-bn-relu;output");
        assertTrue(NB101.table().row(bare.key()) >= 0, bare.key());
        double[] values = NB101.table().column("cifar10_valid_acc");
        for (double v : values) {
            assertTrue(v >= 73.37 && v <= 94.72, "a mean of accuracies stays in the file's range: " + v);
        }
    }

    @Test
    void outsideTheSampleIsUnevaluableNotZero() {
        Metric valid = NB301.metric("cifar10", "valid");
        var oracle = NB301.oracle("cifar10", valid, valid);
        SplittableRandom random = new SplittableRandom(1);
        Architecture outside = DartsSpace.instance().sample(random);
        Evaluation e = oracle.evaluate(List.of(outside)).get(0);
        assertEquals(EvaluationStatus.UNEVALUABLE, e.status());
        assertTrue(e.error().contains("not in table"), e.error());
    }

    @Test
    void searchAndReportAreTheValidationColumnAndTheNotesSaySample() {
        assertFalse(NB101.hasTestSplit());
        Metric valid = NB101.metric("cifar10", "valid");
        assertEquals("cifar10_valid_acc", valid.column());
        assertEquals(Goal.MINIMIZE, NB101.metric("cifar10", "params").goal());
        assertTrue(NB101.notes("cifar10", valid).stream().anyMatch(n -> n.contains("sample")));
        assertTrue(NB301.notes("cifar10", valid).stream().anyMatch(n -> n.contains("surrogate")));
        assertEquals(94.4889, NB301.optimum(NB301.metric("cifar10", "valid")).value(), 1e-4);
    }

    @Test
    void theFixedOpsVariantSearchesOnlyTheCellsItCanExpressAndItsOptimumIsAmongThem() {
        SampleBenchmark fixed = Nb101Sample.loadFixedOps();
        assertEquals(73, fixed.space().size());
        Metric valid = fixed.metric("cifar10", "valid");
        String best = fixed.optimum(valid).keys().get(0);
        assertTrue(fixed.space().members().stream().anyMatch(m -> m.key().equals(best)));
        assertTrue(fixed.optimum(valid).value() <= NB101.optimum(valid).value());
    }
}
