package dev.ednag.bench;

import dev.ednag.core.diffusion.BayesianX0Estimator;
import dev.ednag.core.diffusion.DdimStep;
import dev.ednag.core.evolution.PolynomialMutation;
import dev.ednag.core.evolution.RouletteMode;
import dev.ednag.core.evolution.RowNormalization;
import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.evolution.SelectionCorrector;
import dev.ednag.core.fitness.EnergyMapping;
import dev.ednag.core.space.Architecture;
import dev.ednag.spaces.nb201.Nb201Space;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The pieces of one faithful NB201 iteration at P = 30, D = 56, to show where a run's time goes.
 * Multiply by 99 iterations to compare with {@link FaithfulRunBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OperatorBenchmark {

    private static final int P = 30;
    private static final int D = 56;

    private final SplittableRandom random = new SplittableRandom(1);
    private final double[] population = new double[P * D];
    private final double[] both = new double[2 * P * D];
    private final double[] weights = new double[P];
    private final double[] fitness = new double[2 * P];
    private final double[] x0 = new double[P * D];
    private final double[] next = new double[P * D];
    private final PolynomialMutation mutation = PolynomialMutation.reference(0.6);
    private final SelectionCorrector corrector = new SelectionCorrector(0.1, 0.2, RouletteMode.FORWARD_SCAN, false);

    @Setup
    public void setUp() {
        for (int i = 0; i < both.length; i++) {
            both[i] = random.nextGaussian();
        }
        RowNormalization.apply(both, 2 * P, D, RowRange.MINUS_ONE_TO_ONE);
        System.arraycopy(both, 0, population, 0, P * D);
        double[] f = new double[P];
        for (int i = 0; i < 2 * P; i++) {
            fitness[i] = 400 + 80 * random.nextDouble();
        }
        System.arraycopy(fitness, 0, f, 0, P);
        System.arraycopy(EnergyMapping.maximizing(1.0).map(f), 0, weights, 0, P);
    }

    @Benchmark
    public double[] x0Estimate() {
        BayesianX0Estimator.estimate(population, P, D, weights, 0.5, population, P, x0);
        return x0;
    }

    @Benchmark
    public double[] ddimStep() {
        DdimStep.apply(population, population, P, D, 0.49, 0.51, 0.8, random, next);
        return next;
    }

    @Benchmark
    public double[] mutateAndNormalise() {
        System.arraycopy(population, 0, next, 0, next.length);
        mutation.apply(next, P, D, 5, random);
        RowNormalization.apply(next, P, D, RowRange.MINUS_ONE_TO_ONE);
        return next;
    }

    @Benchmark
    public int[] select() {
        return corrector.select(both, fitness, P, D, random);
    }

    @Benchmark
    public void decodeNinetyGenomes(Blackhole hole) {
        Nb201Space space = Nb201Space.instance();
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < P; i++) {
                Architecture a = space.decode(both, i * D);
                hole.consume(a);
            }
        }
    }
}
