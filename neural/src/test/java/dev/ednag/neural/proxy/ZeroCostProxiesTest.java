package dev.ednag.neural.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.EvaluationStatus;
import dev.ednag.core.eval.ParallelEvaluator;
import dev.ednag.neural.ImageTask;
import dev.ednag.neural.nb201.Nb201NetworkBuilder;
import dev.ednag.neural.nb201.Nb201Skeleton;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Op;
import dev.ednag.spaces.nb201.Nb201Space;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

class ZeroCostProxiesTest {

    private static final Nb201Space SPACE = Nb201Space.instance();
    private static final ImageTask SMALL = new ImageTask(3, 8, 8, 5);
    private static final ProxyContext SMALL_CONTEXT = new ProxyContext(
            new Nb201NetworkBuilder(new Nb201Skeleton(4, 1)), SMALL, MiniBatch.gaussian(SMALL, 8, 3));

    private static List<Nb201Cell> randomCells(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Nb201Cell> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(SPACE.cell(random.nextInt(Nb201Cell.COUNT)));
        }
        return cells;
    }

    @Test
    void synflowRanksTwoHundredRandomCellsLikeTheirCifar10Accuracy() {
        // Published over all 15,625 cells: 0.737. A broken synflow (no abs, batch norm kept, wrong
        // layers) falls far below; 200 cells keep the sampling error near 0.04.
        MetricTable table = Nb201Benchmark.shipped().table();
        ProxyContext context = new ProxyContext(Nb201NetworkBuilder.benchmark(), ImageTask.CIFAR10, null);
        List<Nb201Cell> cells = randomCells(200, 11);
        double[] scores = new double[cells.size()];
        double[] accuracy = new double[cells.size()];
        Synflow synflow = new Synflow();
        for (int i = 0; i < cells.size(); i++) {
            scores[i] = synflow.score(cells.get(i), context, i);
            accuracy[i] = table.value("cifar10_test", table.row(cells.get(i).key()));
        }
        double rho = new SpearmansCorrelation().correlation(scores, accuracy);
        assertTrue(rho > 0.62 && rho < 0.86, "Spearman " + rho);
    }

    @Test
    void everyProxyIsFiniteAndRepeatsItselfForTheSameSeed() {
        Nb201Cell cell = SPACE.parse("|nor_conv_3x3~0|+|skip_connect~0|nor_conv_1x1~1|+|avg_pool_3x3~0|none~1|nor_conv_3x3~2|");
        for (ZeroCostProxy proxy : ZeroCostProxies.all()) {
            double a = proxy.score(cell, SMALL_CONTEXT, 5);
            assertTrue(Double.isFinite(a) && a != 0, proxy.name() + " gave " + a);
            assertEquals(a, proxy.score(cell, SMALL_CONTEXT, 5), 0.0, proxy.name());
        }
    }

    @Test
    void theInitialWeightsFollowTheSeed() {
        Nb201Cell cell = SPACE.parse("|nor_conv_3x3~0|+|skip_connect~0|nor_conv_1x1~1|+|avg_pool_3x3~0|none~1|nor_conv_3x3~2|");
        for (ZeroCostProxy proxy : List.of(new Synflow(), new GradNorm(), new Snip(), new JacobCov(), new Naswot())) {
            assertNotEquals(proxy.score(cell, SMALL_CONTEXT, 5), proxy.score(cell, SMALL_CONTEXT, 6), proxy.name());
        }
    }

    @Test
    void costProxiesIgnoreTheWeights() {
        Nb201Cell cell = randomCells(1, 2).get(0);
        for (ZeroCostProxy proxy : List.of(new ParamsProxy(), new FlopsProxy())) {
            assertEquals(proxy.score(cell, SMALL_CONTEXT, 1), proxy.score(cell, SMALL_CONTEXT, 2), 0.0);
        }
    }

    @Test
    void aCellWithNoPathFromInputToOutputIsUnevaluable() {
        Nb201Cell empty = SPACE.cell(Nb201Op.NONE, Nb201Op.NONE, Nb201Op.NONE, Nb201Op.NONE, Nb201Op.NONE, Nb201Op.NONE);
        Evaluation e = new ProxyEvaluator(new Synflow(), SMALL_CONTEXT, 1).evaluate(List.of(empty)).get(0);
        assertEquals(EvaluationStatus.UNEVALUABLE, e.status());
    }

    @Test
    void parallelEvaluationGivesTheSameScoresAsSequential() {
        List<Nb201Cell> cells = randomCells(12, 4);
        for (ZeroCostProxy proxy : List.of(new Synflow(), new GradNorm())) {
            ProxyEvaluator evaluator = new ProxyEvaluator(proxy, SMALL_CONTEXT, 9);
            List<Evaluation> sequential = evaluator.evaluate(cells);
            List<Evaluation> parallel;
            try (ParallelEvaluator p = new ParallelEvaluator(evaluator, 3)) {
                parallel = p.evaluate(cells);
            }
            for (int i = 0; i < cells.size(); i++) {
                assertEquals(sequential.get(i).metric(ProxyEvaluator.RAW), parallel.get(i).metric(ProxyEvaluator.RAW), 0.0,
                        proxy.name() + " " + cells.get(i).key());
            }
        }
    }

    @Test
    void theReportComesFromTheLookUpAndNotFromTheProxy() {
        Nb201Cell cell = randomCells(1, 3).get(0);
        Evaluation e = new ProxyEvaluator(new Synflow(), SMALL_CONTEXT, 1, a -> 42.0).evaluate(List.of(cell)).get(0);
        assertEquals(42.0, e.report(), 0.0);
        assertEquals(Math.log10(e.metric(ProxyEvaluator.RAW)), e.search(), 1e-12);
    }

    @Test
    void dataProxiesWithoutDataAndUnknownNamesAreRefused() {
        ProxyContext noData = new ProxyContext(Nb201NetworkBuilder.benchmark(), ImageTask.CIFAR10, null);
        assertThrows(IllegalArgumentException.class, () -> new ProxyEvaluator(new Snip(), noData, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZeroCostProxies.parse("fisher"));
        assertTrue(e.getMessage().contains("synflow"));
        assertEquals("jacob_cov", ZeroCostProxies.parse("Jacob-Cov").name());
    }
}
