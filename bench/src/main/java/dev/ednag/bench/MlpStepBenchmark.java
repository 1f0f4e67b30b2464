package dev.ednag.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ednag.neural.engine.NeuralEngine;
import dev.ednag.neural.engine.ThreadGradients;
import dev.ednag.surrogate.model.MlpEnsemble;
import dev.ednag.surrogate.model.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Why the surrogates' networks train on plain arrays: 100 Adam steps of one BANANAS network
 * (155 path features → 10 ReLU layers × 20 → 1, batches of 32, absolute error), once on plain Java
 * arrays as {@link MlpEnsemble} trains it and once as DJL tensors on PyTorch (one native thread),
 * forward, backward and the Adam update all on the engine. The path features are 4 ones in 155,
 * as a real NB201 cell has.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true"})
public class MlpStepBenchmark {

    private static final int ROWS = 32;
    private static final int FEATURES = 155;
    private static final int LAYERS = 10;
    private static final int WIDTH = 20;
    private static final int STEPS = 100;

    private TrainingSet data;
    private float[] floats;
    private NDManager manager;
    private NDArray y;
    private List<NDArray> weights;
    private List<NDArray> firstMoments;
    private List<NDArray> secondMoments;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        double[] features = new double[ROWS * FEATURES];
        double[] targets = new double[ROWS];
        floats = new float[ROWS * FEATURES];
        float[] floatTargets = new float[ROWS];
        for (int r = 0; r < ROWS; r++) {
            for (int one = 0; one < 4; one++) {
                int k = random.nextInt(FEATURES);
                features[r * FEATURES + k] = 1;
                floats[r * FEATURES + k] = 1;
            }
            targets[r] = 85 + 5 * random.nextDouble();
            floatTargets[r] = (float) targets[r];
        }
        data = TrainingSet.unweighted(features, ROWS, FEATURES, targets);

        NeuralEngine.get();
        manager = NeuralEngine.newManager();
        y = manager.create(floatTargets, new Shape(ROWS, 1));
        weights = new ArrayList<>();
        firstMoments = new ArrayList<>();
        secondMoments = new ArrayList<>();
        int in = FEATURES;
        for (int l = 0; l <= LAYERS; l++) {
            int out = l == LAYERS ? 1 : WIDTH;
            for (Shape shape : List.of(new Shape(in, out), new Shape(1, out))) {
                NDArray w = manager.randomUniform(-0.1f, 0.1f, shape);
                w.setRequiresGradient(true);
                weights.add(w);
                firstMoments.add(manager.zeros(shape));
                secondMoments.add(manager.zeros(shape));
            }
            in = out;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        manager.close();
    }

    /** 100 steps: one network of one member, 100 epochs over one batch. */
    @Benchmark
    public Object plainArrays() {
        return new MlpEnsemble(1, LAYERS, WIDTH, STEPS, ROWS, 0.01).fit(data, new SplittableRandom(3));
    }

    @Benchmark
    public Object djl() {
        for (int step = 1; step <= STEPS; step++) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray input = scope.create(floats, new Shape(ROWS, FEATURES)); // ops on it stay in the scope
                ThreadGradients.backpropagateSum(() -> {
                    NDArray a = input;
                    for (int l = 0; l <= LAYERS; l++) {
                        a = a.matMul(weights.get(2 * l)).add(weights.get(2 * l + 1));
                        if (l < LAYERS) {
                            a = a.getNDArrayInternal().relu();
                        }
                    }
                    return a.sub(y).abs().mean();
                });
                float c1 = (float) (1 - Math.pow(0.9, step));
                float c2 = (float) (1 - Math.pow(0.999, step));
                ThreadGradients.withoutRecording(() -> {
                    for (int i = 0; i < weights.size(); i++) {
                        NDArray g = weights.get(i).getGradient();
                        try (NDArray g1 = g.mul(0.1f); NDArray g2 = g.square().muli(0.001f)) {
                            firstMoments.get(i).muli(0.9f).addi(g1);
                            secondMoments.get(i).muli(0.999f).addi(g2);
                        }
                        try (NDArray scaled = secondMoments.get(i).div(c2);
                                NDArray denominator = scaled.sqrt().addi(1e-8f);
                                NDArray update = firstMoments.get(i).div(c1).divi(denominator).muli(0.01f)) {
                            weights.get(i).subi(update);
                        }
                        g.subi(g);
                    }
                });
            }
        }
        return weights.get(0);
    }
}
