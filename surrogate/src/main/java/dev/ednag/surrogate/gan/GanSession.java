package dev.ednag.surrogate.gan;

import dev.ednag.core.baseline.Adam;
import dev.ednag.surrogate.model.TrainingSet;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One {@link PairGan} whose generator and discriminator keep their weights between calls of
 * {@link #augment}: a search's data grow by a few rows a round, so later rounds continue training
 * ({@link PairGan#refreshSteps()} steps) instead of starting again ({@link PairGan#steps()}), at a
 * fraction of the cost. The networks are made on the first call, when the width is known. Local to
 * one run; not thread-safe; everything random comes from the stream it was given.
 */
public final class GanSession {

    private final PairGan gan;
    private final RandomGenerator random;
    private int width = -1;
    private DenseNetwork generator;
    private DenseNetwork discriminator;
    private Adam adamG;
    private Adam adamD;

    GanSession(PairGan gan, RandomGenerator random) {
        this.gan = gan;
        this.random = random;
    }

    /**
     * The real rows (unchanged, first) followed by round(syntheticPerReal · n) synthetic rows of weight
     * {@code syntheticWeight}. With fewer than 2 real rows there is no distribution to learn and the set
     * comes back as it is; a synthetic row that is not finite (a diverged generator) is dropped.
     *
     * @throws IllegalArgumentException when the feature width differs from the first call's
     */
    public TrainingSet augment(TrainingSet real) {
        int n = real.n();
        int m = (int) Math.round(gan.syntheticPerReal() * n);
        if (n < 2 || m == 0) {
            return real;
        }
        int steps = gan.refreshSteps();
        if (width < 0) {
            width = real.d() + 1;
            generator = new DenseNetwork(widths(gan.noiseDimension(), width), random);
            discriminator = new DenseNetwork(widths(width, 1), random);
            adamG = new Adam(generator.parameters().length, gan.learningRate());
            adamD = new Adam(discriminator.parameters().length, gan.learningRate());
            steps = gan.steps();
        } else if (real.d() + 1 != width) {
            throw new IllegalArgumentException("this GAN models " + (width - 1) + " features, got " + real.d());
        }
        double[] shift = new double[width];
        double[] scale = new double[width];
        columnMoments(real, shift, scale);
        double[] rows = new double[n * width];
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < width; k++) {
                rows[r * width + k] = (value(real, r, k) - shift[k]) / scale[k];
            }
        }
        train(rows, n, steps);
        return withSynthetic(real, m, shift, scale);
    }

    private void train(double[] rows, int n, int steps) {
        int b = Math.min(gan.batch(), n);
        double[] noise = new double[b * gan.noiseDimension()];
        double[] realBatch = new double[b * width];
        double[] fake = new double[b * width];
        double[] logitGradient = new double[b];
        for (int step = 0; step < steps; step++) {
            for (int r = 0; r < b; r++) {
                System.arraycopy(rows, random.nextInt(n) * width, realBatch, r * width, width);
            }
            fill(noise);
            System.arraycopy(generator.forward(noise, b), 0, fake, 0, b * width);
            // D: −log σ(D(real)) − log(1 − σ(D(fake))), averaged over the batch.
            discriminator.zeroGradient();
            double[] logits = discriminator.forward(realBatch, b);
            for (int r = 0; r < b; r++) {
                logitGradient[r] = (sigmoid(logits[r]) - 1) / b;
            }
            discriminator.backward(logitGradient, b);
            logits = discriminator.forward(fake, b);
            for (int r = 0; r < b; r++) {
                logitGradient[r] = sigmoid(logits[r]) / b;
            }
            discriminator.backward(logitGradient, b);
            adamD.descend(discriminator.parameters(), discriminator.gradient());
            // G: −log σ(D(G(ε))), through D's input gradient (D's own gradient is discarded).
            logits = discriminator.forward(fake, b);
            for (int r = 0; r < b; r++) {
                logitGradient[r] = (sigmoid(logits[r]) - 1) / b;
            }
            double[] fakeGradient = discriminator.backward(logitGradient, b);
            generator.zeroGradient();
            generator.backward(fakeGradient, b); // the generator still holds this step's forward pass
            adamG.descend(generator.parameters(), generator.gradient());
        }
    }

    private TrainingSet withSynthetic(TrainingSet real, int m, double[] shift, double[] scale) {
        int n = real.n();
        int d = real.d();
        double[] noise = new double[m * gan.noiseDimension()];
        fill(noise);
        double[] out = generator.forward(noise, m);
        double[] features = new double[(n + m) * d];
        double[] targets = new double[n + m];
        double[] weights = new double[n + m];
        System.arraycopy(real.features(), 0, features, 0, n * d);
        System.arraycopy(real.targets(), 0, targets, 0, n);
        System.arraycopy(real.weights(), 0, weights, 0, n);
        int kept = n;
        for (int r = 0; r < m; r++) {
            boolean finite = true;
            for (int k = 0; k < width; k++) {
                double v = out[r * width + k] * scale[k] + shift[k];
                finite &= Double.isFinite(v);
                if (k < d) {
                    features[kept * d + k] = v;
                } else {
                    targets[kept] = v;
                }
            }
            if (finite) {
                weights[kept++] = gan.syntheticWeight();
            }
        }
        if (kept < n + m) {
            features = Arrays.copyOf(features, kept * d);
            targets = Arrays.copyOf(targets, kept);
            weights = Arrays.copyOf(weights, kept);
        }
        return new TrainingSet(features, kept, d, targets, weights);
    }

    private int[] widths(int in, int out) {
        int[] w = new int[gan.hiddenLayers() + 2];
        Arrays.fill(w, gan.hidden());
        w[0] = in;
        w[w.length - 1] = out;
        return w;
    }

    /** Per column of (features, target): the mean and the sd (1 where the column is constant). */
    private static void columnMoments(TrainingSet real, double[] mean, double[] sd) {
        int n = real.n();
        for (int k = 0; k < mean.length; k++) {
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += value(real, r, k);
            }
            mean[k] = sum / n;
            double squares = 0;
            for (int r = 0; r < n; r++) {
                double diff = value(real, r, k) - mean[k];
                squares += diff * diff;
            }
            double s = Math.sqrt(squares / n);
            sd[k] = s > 0 ? s : 1;
        }
    }

    private static double value(TrainingSet real, int row, int column) {
        return column < real.d() ? real.features()[row * real.d() + column] : real.targets()[row];
    }

    private void fill(double[] noise) {
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextGaussian();
        }
    }

    private static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }
}
