package dev.ednag.bench;

import dev.ednag.continuous.DiffusionEvolution;
import dev.ednag.continuous.RandomProjection;
import dev.ednag.core.diffusion.DenoisingStep;
import dev.ednag.core.diffusion.RescaledCosineSchedule;
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
 * One Diffusion Evolution iteration without the fitness: mapping, x̂0 estimate and DDIM step, at
 * the mid-run schedule pair of a 25-step run. Shapes are {@code NxD} (plain) or {@code NxDmM}
 * (latent, kernel on M projected dimensions). The estimate is O(N²·D), so the sweeps over N at
 * fixed D give the growth exponent as the slope of log time against log N.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DiffusionEvolutionStepBenchmark {

    @Param({"512x2", "256x256", "256x256m2",
        "128x2", "256x2", "1024x2", "2048x2",
        "64x256", "128x256", "512x256"})
    public String shape;

    private DiffusionEvolution de;
    private RandomProjection projection;
    private DenoisingStep step;
    private double[] x;
    private double[] fitness;
    private double[] x0;
    private double[] next;
    private int dim;
    private final SplittableRandom noise = new SplittableRandom(2);

    @Setup
    public void setUp() {
        String[] nd = shape.split("[xm]");
        int n = Integer.parseInt(nd[0]);
        dim = Integer.parseInt(nd[1]);
        int latent = nd.length > 2 ? Integer.parseInt(nd[2]) : 0;
        de = DiffusionEvolution.builder().population(n).steps(25).latentDim(latent).build();
        SplittableRandom random = new SplittableRandom(1);
        projection = latent > 0 ? RandomProjection.draw(latent, dim, random) : null;
        step = new RescaledCosineSchedule().iterations(25).get(12);
        x = new double[n * dim];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextGaussian();
        }
        fitness = new double[n];
        for (int i = 0; i < n; i++) {
            fitness[i] = random.nextDouble();
        }
        x0 = new double[n * dim];
        next = new double[n * dim];
    }

    @Benchmark
    public double[] step() {
        de.denoise(x, dim, fitness, step, projection, noise, x0, next);
        return next;
    }
}
