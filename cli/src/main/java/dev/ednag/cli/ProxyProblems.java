package dev.ednag.cli;

import dev.ednag.benchmarks.Metric;
import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.Optimum;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.fitness.RangeFitness;
import dev.ednag.core.space.Architecture;
import dev.ednag.neural.ImageTask;
import dev.ednag.neural.nb201.Nb201NetworkBuilder;
import dev.ednag.neural.nb201.Nb201Skeleton;
import dev.ednag.neural.nb201.Nb201Tasks;
import dev.ednag.neural.proxy.MiniBatch;
import dev.ednag.neural.proxy.ProxyContext;
import dev.ednag.neural.proxy.ProxyEvaluator;
import dev.ednag.neural.proxy.ZeroCostProxy;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Space;
import dev.ednag.study.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Training-free problems: EDNAG searches NB201 cells on a zero-cost proxy of the real network. On a
 * table dataset the table's 200-epoch test accuracy is the report metric, looked up after the
 * proxy has scored a cell and never shown to the search; on the user's own data there is nothing
 * to report until the winner is trained.
 */
final class ProxyProblems {

    /** Cells scored before the run to set the fitness range; they are not part of the search. */
    static final int CALIBRATION_CELLS = 10;

    private ProxyProblems() {
    }

    /** On a NAS-Bench-201 dataset: networks of its shape, reported on its test accuracy. */
    static Problem onTable(ZeroCostProxy proxy, Nb201Dataset dataset, MiniBatch batch, Nb201Skeleton skeleton,
            long seed) {
        Nb201Benchmark bench = Nb201Benchmark.shipped();
        MetricTable table = bench.table();
        String column = Nb201Tasks.testColumn(dataset);
        Metric report = new Metric("test", column, Goal.MAXIMIZE);
        ToDoubleFunction<Architecture> lookUp = a -> table.value(column, table.row(a.key()));
        ProxyContext context = new ProxyContext(new Nb201NetworkBuilder(skeleton), Nb201Tasks.of(dataset), batch);
        return problem(proxy, context, skeleton, seed, lookUp, dataset.id(), report, bench.optimum(report), bench,
                "the report metric is the table's 200-epoch test accuracy, looked up after the proxy scored the cell");
    }

    /** On the user's own images: nothing to report until the winner is trained. */
    static Problem onData(ZeroCostProxy proxy, ImageTask task, MiniBatch batch, String dataName,
            Nb201Skeleton skeleton, long seed) {
        Metric none = new Metric("none", "none", Goal.MAXIMIZE);
        ProxyContext context = new ProxyContext(new Nb201NetworkBuilder(skeleton), task, batch);
        return problem(proxy, context, skeleton, seed, a -> Double.NaN, dataName, none,
                new Optimum("none", Goal.MAXIMIZE, Double.NaN, List.of()), null,
                "no accuracy is known before training: train the winner with 'ednag train'");
    }

    private static Problem problem(ZeroCostProxy proxy, ProxyContext context, Nb201Skeleton skeleton, long seed,
            ToDoubleFunction<Architecture> lookUp, String dataset, Metric report, Optimum optimum, Nb201Benchmark bench,
            String reportNote) {
        ProxyEvaluator oracle = new ProxyEvaluator(proxy, context, seed, lookUp);
        String column = proxy.searchName();
        Metric search = new Metric(proxy.name(), column, Goal.MAXIMIZE);
        List<String> notes = new ArrayList<>();
        notes.add("training-free: the search sees only " + column + " of the untrained network ("
                + context.task() + ", C=" + skeleton.width() + ", N=" + skeleton.cellsPerStage()
                + ", PyTorch default initial weights)");
        notes.add(reportNote);
        RangeFitness fitness = calibrate(proxy, context, seed);
        notes.add("the fitness range comes from " + CALIBRATION_CELLS + " random cells scored before the run, outside "
                + "the budget: " + column + " " + fitness.worst() + " scores 0 and " + fitness.best() + " scores 100");
        if (context.batch() != null) {
            notes.add("mini-batch: " + context.batch().source() + ", " + context.batch().size() + " images");
        }
        Map<String, Object> evaluator = new LinkedHashMap<>();
        evaluator.put("proxy", proxy.name());
        evaluator.putAll(context.describe());
        return new Problem(Nb201Space.instance(), oracle, "zero-cost " + proxy.name(), dataset, Protocol.BLACKBOX,
                search, report, optimum, bench == null ? List.of() : bench.dataFiles(), fitness, notes, evaluator);
    }

    /**
     * EDNAG's fitness is linear between the worst and best proxy value of a few random cells, so
     * that its Energy weights see a range like the accuracies they were designed for.
     */
    private static RangeFitness calibrate(ZeroCostProxy proxy, ProxyContext context, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Nb201Cell> cells = new ArrayList<>();
        for (int i = 0; i < CALIBRATION_CELLS; i++) {
            cells.add(Nb201Space.instance().cell(random.nextInt(Nb201Cell.COUNT)));
        }
        double best = Double.NEGATIVE_INFINITY;
        double worst = Double.POSITIVE_INFINITY;
        for (Evaluation e : new ProxyEvaluator(proxy, context, seed ^ 0x5DEECE66DL).evaluate(cells)) {
            if (e.isOk()) {
                best = Math.max(best, e.search());
                worst = Math.min(worst, e.search());
            }
        }
        if (!(best > worst)) {
            throw new IllegalStateException(proxy.name() + " gave no spread over " + CALIBRATION_CELLS + " random cells");
        }
        return new RangeFitness(best, worst);
    }
}
