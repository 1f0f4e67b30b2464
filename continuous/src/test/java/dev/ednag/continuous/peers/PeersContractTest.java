package dev.ednag.continuous.peers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.continuous.ContinuousOptimizer;
import dev.ednag.continuous.ContinuousOutcome;
import dev.ednag.continuous.Generation;
import dev.ednag.core.run.RandomStreams;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every peer promises: the budget, honest counting, reproducibility, the trace, the start. */
class PeersContractTest {

    private static final int N = 32;
    private static final int G = 12;

    static Stream<Arguments> peers() {
        return Stream.of(
                Arguments.of(new CmaEs(N, G, 1.0), 2), Arguments.of(new CmaEs(N, G, 1.0), 10),
                Arguments.of(new MuLambdaEs(N, G, 1.0), 2), Arguments.of(new MuLambdaEs(N, G, 1.0), 10),
                Arguments.of(new ContinuousRandomSearch(N, G, 1.0), 2),
                Arguments.of(new ContinuousRandomSearch(N, G, 1.0), 10));
    }

    @ParameterizedTest
    @MethodSource("peers")
    void spendsAtMostTheBudgetAndReportsExactlyWhatItScored(ContinuousOptimizer peer, int dim) {
        GaussianPeak fitness = new GaussianPeak();
        ContinuousOutcome outcome = peer.optimize(fitness, dim, new RandomStreams(3), false);
        assertEquals(fitness.scored.size(), outcome.evaluations());
        assertTrue(outcome.evaluations() <= (long) N * G, peer.name() + " spent " + outcome.evaluations());
    }

    @ParameterizedTest
    @MethodSource("peers")
    void improvesOnItsInitialGeneration(ContinuousOptimizer peer, int dim) {
        ContinuousOutcome outcome = peer.optimize(new GaussianPeak(), dim, new RandomStreams(5), true);
        double[] initial = outcome.trace().get(0).fitness();
        double[] last = outcome.rankingFitness();
        assertTrue(GaussianPeak.mean(last) > GaussianPeak.mean(initial), peer.name() + " mean did not improve");
        assertTrue(max(last) > max(initial), peer.name() + " best did not improve");
    }

    @ParameterizedTest
    @MethodSource("peers")
    void theSameSeedRepeatsARunAndAnotherSeedDoesNot(ContinuousOptimizer peer, int dim) {
        ContinuousOutcome a = peer.optimize(new GaussianPeak(), dim, new RandomStreams(11), true);
        ContinuousOutcome b = peer.optimize(new GaussianPeak(), dim, new RandomStreams(11), true);
        ContinuousOutcome c = peer.optimize(new GaussianPeak(), dim, new RandomStreams(12), true);
        assertTrue(Arrays.deepEquals(a.positions(), b.positions()));
        assertArrayEquals(a.rankingFitness(), b.rankingFitness());
        assertEquals(a.evaluations(), b.evaluations());
        assertEquals(a.trace().size(), b.trace().size());
        for (int g = 0; g < a.trace().size(); g++) {
            assertTrue(Arrays.deepEquals(a.trace().get(g).positions(), b.trace().get(g).positions()));
        }
        assertFalse(Arrays.deepEquals(a.positions(), c.positions()));
    }

    @ParameterizedTest
    @MethodSource("peers")
    void keepsOneGenerationOfNRowsPerGenerationOnlyWhenAsked(ContinuousOptimizer peer, int dim) {
        ContinuousOutcome kept = peer.optimize(new GaussianPeak(), dim, new RandomStreams(8), true);
        int expected = peer instanceof CmaEs ? G - 1 : G; // CMA-ES pays one generation for its initial mean
        List<Generation> trace = kept.trace();
        assertEquals(expected, trace.size());
        for (int g = 0; g < trace.size(); g++) {
            Generation gen = trace.get(g);
            assertEquals(g, gen.index());
            assertEquals(N, gen.positions().length);
            assertEquals(N, gen.fitness().length);
            for (int i = 0; i < N; i++) {
                assertEquals(dim, gen.positions()[i].length);
                assertEquals(GaussianPeak.at(gen.positions()[i]), gen.fitness()[i]);
            }
        }
        assertEquals(N, kept.positions().length);
        if (!(peer instanceof ContinuousRandomSearch)) {
            Generation last = trace.get(trace.size() - 1);
            assertTrue(Arrays.deepEquals(last.positions(), kept.positions()));
            assertArrayEquals(last.fitness(), kept.rankingFitness());
        }

        ContinuousOutcome bare = peer.optimize(new GaussianPeak(), dim, new RandomStreams(8), false);
        assertTrue(bare.trace().isEmpty());
        assertTrue(Arrays.deepEquals(kept.positions(), bare.positions()), "keeping the trace changed the run");
    }

    @Test
    void startsFromNormalNoiseWithStandardDeviationS() {
        int dim = 3;
        double s = 2.5;
        int n = 2000;
        for (ContinuousOptimizer peer : List.of(new CmaEs(n, 2, s), new MuLambdaEs(n, 2, s),
                new ContinuousRandomSearch(n, 2, s))) {
            double[][] first = peer.optimize(new GaussianPeak(), dim, new RandomStreams(21), true)
                    .trace().get(0).positions();
            for (int j = 0; j < dim; j++) {
                double sum = 0;
                double squares = 0;
                for (double[] p : first) {
                    sum += p[j];
                    squares += p[j] * p[j];
                }
                double mean = sum / n;
                double sd = Math.sqrt(squares / n - mean * mean);
                assertEquals(0, mean, 0.2, peer.name() + " mean of coordinate " + j);
                assertEquals(s, sd, 0.15, peer.name() + " deviation of coordinate " + j);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("peers")
    void configurationLeadsWithTheSharedBudget(ContinuousOptimizer peer, int ignored) {
        List<String> keys = List.copyOf(peer.configuration().keySet());
        assertEquals(List.of("population", "generations", "scaling"), keys.subList(0, 3));
        assertEquals(N, peer.configuration().get("population"));
        assertEquals(G, peer.configuration().get("generations"));
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
