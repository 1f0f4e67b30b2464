package dev.ednag.surrogate.model;

import dev.ednag.core.baseline.Adam;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A feed-forward network of ReLU layers with one linear output, trained on plain arrays with Adam on
 * the weighted absolute error. Plain arrays, not DJL: at BANANAS' size (10 × 20) a native call per
 * layer costs more than the layer itself (see the README's surrogate benchmark).
 *
 * <p>All weights live in one flat vector so that one Adam step updates them in one loop. Layer l's
 * weights are stored input-major ({@code W[k·out + j]}), so each non-zero input adds one contiguous
 * row; zero inputs are skipped, which halves the work after a ReLU and makes sparse encodings (a
 * path encoding has ≤ 4 ones in 155) cheap in the first layer. (Blocking four outputs at a time in
 * registers was tried and measured slower: it cannot skip the zeros.) Not thread-safe while training; {@link #predict} is
 * safe once training is done.
 */
final class Mlp {

    private final int[] sizes; // d, hidden..., 1
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final double[] params;

    /** A network with Glorot-uniform weights and zero biases (Keras' defaults, as BANANAS used). */
    Mlp(int inputs, int hiddenLayers, int width, RandomGenerator random) {
        sizes = new int[hiddenLayers + 2];
        sizes[0] = inputs;
        for (int l = 1; l <= hiddenLayers; l++) {
            sizes[l] = width;
        }
        sizes[hiddenLayers + 1] = 1;
        int layers = sizes.length - 1;
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        int total = 0;
        for (int l = 0; l < layers; l++) {
            weightOffset[l] = total;
            total += sizes[l] * sizes[l + 1];
            biasOffset[l] = total;
            total += sizes[l + 1];
        }
        params = new double[total];
        for (int l = 0; l < layers; l++) {
            double limit = Math.sqrt(6.0 / (sizes[l] + sizes[l + 1]));
            for (int i = weightOffset[l]; i < biasOffset[l]; i++) {
                params[i] = (2 * random.nextDouble() - 1) * limit;
            }
        }
    }

    /**
     * Trains on rows {@code x} (n × d) against {@code y} with row weights {@code w}: {@code epochs}
     * passes over a fresh shuffle each, mini-batches of {@code batch} rows, the loss
     * Σ wᵢ|f(xᵢ) − yᵢ| / Σ wᵢ per batch.
     */
    void train(double[] x, double[] y, double[] w, int n, int epochs, int batch, double learningRate,
            RandomGenerator random) {
        int layers = sizes.length - 1;
        int b = Math.min(batch, n);
        SparseRows input = SparseRows.of(x, n, sizes[0]);
        Scratch s = new Scratch(b);
        double[] grad = new double[params.length];
        Adam adam = new Adam(params.length, learningRate);
        int[] trained = trainedRanges(input);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] rows = new int[b];
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int start = 0; start < n; start += b) {
                int m = Math.min(b, n - start);
                System.arraycopy(order, start, rows, 0, m);
                forward(input, rows, m, s);
                double[] out = s.act[layers];
                double totalWeight = 0;
                for (int r = 0; r < m; r++) {
                    totalWeight += w[rows[r]];
                }
                double[] top = s.delta[layers];
                for (int r = 0; r < m; r++) {
                    double e = out[r] - y[rows[r]];
                    top[r] = e > 0 ? w[rows[r]] / totalWeight : e < 0 ? -w[rows[r]] / totalWeight : 0;
                }
                backward(input, rows, m, s, grad);
                adam.descend(params, grad, trained);
            }
        }
    }

    /** Predictions for rows {@code first .. first + count} of {@code x} (rows of width d), into {@code out}. */
    void predict(double[] x, int first, int count, double[] out) {
        int d = sizes[0];
        double[] slice = Arrays.copyOfRange(x, first * d, (first + count) * d);
        SparseRows input = SparseRows.of(slice, count, d);
        int[] rows = new int[count];
        for (int r = 0; r < count; r++) {
            rows[r] = r;
        }
        Scratch s = new Scratch(count);
        forward(input, rows, count, s);
        System.arraycopy(s.act[sizes.length - 1], 0, out, 0, count);
    }

    /**
     * The parameter ranges that can receive a gradient: everything but the first-layer weights of
     * inputs that are 0 in every training row. Those weights never get a gradient, so Adam would
     * leave them where they were initialised anyway; skipping them only saves time (a path encoding
     * uses a fraction of its features).
     */
    private int[] trainedRanges(SparseRows input) {
        int d = sizes[0];
        int h = sizes[1];
        boolean[] used = input.usedColumns();
        int[] ranges = new int[2 * (d + 1)];
        int count = 0;
        for (int k = 0; k < d; k++) {
            if (used[k] && (k == 0 || !used[k - 1])) {
                ranges[count++] = weightOffset[0] + k * h;
            }
            if (used[k] && k < d - 1 && !used[k + 1]) {
                ranges[count++] = weightOffset[0] + (k + 1) * h;
            }
        }
        if (d > 0 && used[d - 1]) {
            ranges[count++] = params.length; // the last row runs on into the biases and later layers
        } else {
            ranges[count++] = biasOffset[0];
            ranges[count++] = params.length;
        }
        return Arrays.copyOf(ranges, count);
    }

    /** Activations and errors of one batch, row-major: {@code act[l][r·units + j]}. */
    private final class Scratch {
        final double[][] act;
        final double[][] delta;

        Scratch(int b) {
            int layers = sizes.length - 1;
            act = new double[layers + 1][];
            delta = new double[layers + 1][];
            for (int l = 1; l <= layers; l++) {
                act[l] = new double[b * sizes[l]];
                delta[l] = new double[b * sizes[l]];
            }
        }
    }

    private void forward(SparseRows input, int[] rows, int m, Scratch s) {
        int layers = sizes.length - 1;
        int h = sizes[1];
        double[] first = s.act[1];
        for (int r = 0; r < m; r++) {
            int zo = r * h;
            System.arraycopy(params, biasOffset[0], first, zo, h);
            for (int e = input.start(rows[r]); e < input.end(rows[r]); e++) {
                addScaled(first, zo, params, weightOffset[0] + input.column(e) * h, input.value(e), h);
            }
            if (layers > 1) {
                relu(first, zo, h);
            }
        }
        for (int l = 1; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] a = s.act[l];
            double[] z = s.act[l + 1];
            for (int r = 0; r < m; r++) {
                int zo = r * out;
                System.arraycopy(params, biasOffset[l], z, zo, out);
                for (int k = 0; k < in; k++) {
                    double v = a[r * in + k];
                    if (v != 0) { // about half the units are off after a ReLU: skipping them halves the work
                        addScaled(z, zo, params, weightOffset[l] + k * out, v, out);
                    }
                }
                if (l + 1 < layers) {
                    relu(z, zo, out);
                }
            }
        }
    }

    /** Gradients of the batch loss into {@code grad}, from the output error already in {@code delta[layers]}. */
    private void backward(SparseRows input, int[] rows, int m, Scratch s, double[] grad) {
        Arrays.fill(grad, 0.0);
        int layers = sizes.length - 1;
        for (int l = layers - 1; l >= 1; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] a = s.act[l];
            double[] dz = s.delta[l + 1];
            double[] da = s.delta[l];
            int wOff = weightOffset[l];
            for (int r = 0; r < m; r++) {
                int zo = r * out;
                addScaled(grad, biasOffset[l], dz, zo, 1.0, out);
                for (int k = 0; k < in; k++) {
                    double v = a[r * in + k];
                    double back = 0;
                    if (v != 0) { // a unit that was off passes no error back and takes no weight gradient
                        int wo = wOff + k * out;
                        addScaled(grad, wo, dz, zo, v, out); // apart from the sum below, so it vectorises
                        for (int j = 0; j < out; j++) {
                            back += params[wo + j] * dz[zo + j];
                        }
                    }
                    da[r * in + k] = back;
                }
            }
        }
        int h = sizes[1];
        double[] dz = s.delta[1];
        for (int r = 0; r < m; r++) {
            addScaled(grad, biasOffset[0], dz, r * h, 1.0, h);
            for (int e = input.start(rows[r]); e < input.end(rows[r]); e++) {
                addScaled(grad, weightOffset[0] + input.column(e) * h, dz, r * h, input.value(e), h);
            }
        }
    }

    /** {@code target[to + j] += scale · source[from + j]} for j in 0..length. */
    private static void addScaled(double[] target, int to, double[] source, int from, double scale, int length) {
        for (int j = 0; j < length; j++) {
            target[to + j] += scale * source[from + j];
        }
    }

    private static void relu(double[] z, int offset, int length) {
        for (int j = offset; j < offset + length; j++) {
            if (z[j] < 0) {
                z[j] = 0;
            }
        }
    }

    private static void shuffle(int[] order, RandomGenerator random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
