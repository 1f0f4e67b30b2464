package dev.ednag.bench;

import dev.ednag.benchmarks.Benchmarks;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.surrogate.encoding.Encoding;
import dev.ednag.surrogate.encoding.Encodings;
import dev.ednag.surrogate.model.GaussianProcess;
import dev.ednag.surrogate.model.MlpEnsemble;
import dev.ednag.surrogate.model.Surrogate;
import dev.ednag.surrogate.model.TrainingSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One surrogate fit on n random NB201 cells (CIFAR-10 validation accuracy as the target), on the
 * encoding a run would use: what a surrogate-assisted run pays at every refit.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SurrogateFitBenchmark {

    @Param({"mlp-ensemble", "gp"})
    public String surrogate;

    @Param({"path", "onehot"})
    public String encoding;

    @Param({"10", "50", "150", "400"})
    public int n;

    private Surrogate model;
    private TrainingSet data;
    private long seed;

    @Setup
    public void setUp() {
        dev.ednag.benchmarks.Benchmark nb201 = Benchmarks.get("nb201");
        SearchSpace space = nb201.space();
        Evaluator oracle = dev.ednag.study.Problem.of(nb201, "cifar10", Protocol.BLACKBOX).oracle();
        Encoding features = Encodings.of(encoding, space);
        SplittableRandom random = new SplittableRandom(1);
        Set<Architecture> cells = new LinkedHashSet<>();
        while (cells.size() < n) {
            cells.add(space.sample(random));
        }
        List<Architecture> list = new ArrayList<>(cells);
        List<Evaluation> values = oracle.evaluate(list);
        int d = features.dimension();
        double[] x = new double[n * d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            features.encode(list.get(i), x, i * d);
            y[i] = values.get(i).search();
        }
        data = TrainingSet.unweighted(x, n, d, y);
        model = surrogate.equals("gp") ? new GaussianProcess() : MlpEnsemble.bananas();
    }

    @Benchmark
    public Object fit() {
        return model.fit(data, new SplittableRandom(seed++));
    }
}
