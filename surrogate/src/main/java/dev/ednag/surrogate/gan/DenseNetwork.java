package dev.ednag.surrogate.gan;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A small fully connected network on plain arrays with leaky-ReLU (slope 0.2) hidden layers and a
 * linear output, whose backward pass also returns the gradient with respect to its input: a GAN's
 * generator learns through its discriminator. Leaky rather than plain ReLU because a GAN's networks,
 * trained on a few dozen rows, otherwise lose units that never switch back on. All weights live in
 * one flat vector (layer l: weights input-major, then biases), so one Adam updates them. Keeps the
 * activations of the last forward pass for backward; not thread-safe.
 */
final class DenseNetwork {

    static final double SLOPE = 0.2;

    private final int[] widths;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final double[] parameters;
    private final double[] gradient;
    private int capacity;
    /** Per layer l (0 = the input), row-major: the values before and after the activation, and dLoss/d(them). */
    private double[][] preActivations;
    private double[][] activations;
    private double[][] deltas;

    DenseNetwork(int[] widths, RandomGenerator random) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("a network needs an input and an output width");
        }
        this.widths = widths.clone();
        int layers = widths.length - 1;
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        int size = 0;
        for (int l = 0; l < layers; l++) {
            if (widths[l] < 1 || widths[l + 1] < 1) {
                throw new IllegalArgumentException("every width must be ≥ 1");
            }
            weightOffset[l] = size;
            size += widths[l] * widths[l + 1];
            biasOffset[l] = size;
            size += widths[l + 1];
        }
        parameters = new double[size];
        gradient = new double[size];
        for (int l = 0; l < layers; l++) {
            double bound = 1 / Math.sqrt(widths[l]); // PyTorch's default for Linear
            for (int i = weightOffset[l]; i < biasOffset[l] + widths[l + 1]; i++) {
                parameters[i] = (2 * random.nextDouble() - 1) * bound;
            }
        }
    }

    int inputs() {
        return widths[0];
    }

    int outputs() {
        return widths[widths.length - 1];
    }

    double[] parameters() {
        return parameters;
    }

    double[] gradient() {
        return gradient;
    }

    void zeroGradient() {
        Arrays.fill(gradient, 0);
    }

    private void ensure(int n) {
        if (n <= capacity) {
            return;
        }
        capacity = n;
        int layers = widths.length;
        preActivations = new double[layers][];
        activations = new double[layers][];
        deltas = new double[layers][];
        for (int l = 0; l < layers; l++) {
            preActivations[l] = new double[n * widths[l]];
            activations[l] = new double[n * widths[l]];
            deltas[l] = new double[n * widths[l]];
        }
    }

    /**
     * The outputs of {@code n} input rows (row-major, width {@link #inputs()}); the returned array is
     * the network's own buffer, valid until the next call.
     */
    double[] forward(double[] input, int n) {
        ensure(n);
        int layers = widths.length - 1;
        System.arraycopy(input, 0, activations[0], 0, n * widths[0]);
        for (int l = 0; l < layers; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            double[] x = activations[l];
            double[] z = preActivations[l + 1];
            double[] a = activations[l + 1];
            boolean hidden = l < layers - 1;
            for (int r = 0; r < n; r++) {
                int zr = r * out;
                System.arraycopy(parameters, biasOffset[l], z, zr, out);
                for (int k = 0; k < in; k++) {
                    double v = x[r * in + k];
                    if (v == 0) {
                        continue;
                    }
                    int w = weightOffset[l] + k * out;
                    for (int j = 0; j < out; j++) {
                        z[zr + j] += v * parameters[w + j];
                    }
                }
                for (int j = 0; j < out; j++) {
                    double v = z[zr + j];
                    a[zr + j] = hidden && v < 0 ? SLOPE * v : v;
                }
            }
        }
        return activations[layers];
    }

    /**
     * Backpropagates {@code outputGradient} (n rows of dLoss/dOutput) through the last forward pass:
     * adds the parameter gradient to {@link #gradient()} and returns dLoss/dInput (the network's own
     * buffer, valid until the next call).
     */
    double[] backward(double[] outputGradient, int n) {
        int layers = widths.length - 1;
        System.arraycopy(outputGradient, 0, deltas[layers], 0, n * widths[layers]);
        for (int l = layers - 1; l >= 0; l--) {
            int in = widths[l];
            int out = widths[l + 1];
            double[] delta = deltas[l + 1];
            double[] x = activations[l];
            double[] below = deltas[l];
            double[] zBelow = preActivations[l];
            for (int r = 0; r < n; r++) {
                int dr = r * out;
                for (int j = 0; j < out; j++) {
                    gradient[biasOffset[l] + j] += delta[dr + j];
                }
                for (int k = 0; k < in; k++) {
                    double v = x[r * in + k];
                    int w = weightOffset[l] + k * out;
                    double back = 0;
                    for (int j = 0; j < out; j++) {
                        gradient[w + j] += v * delta[dr + j];
                        back += parameters[w + j] * delta[dr + j];
                    }
                    // below the first layer is the raw input; hidden layers pass through the leaky ReLU
                    below[r * in + k] = l > 0 && zBelow[r * in + k] < 0 ? SLOPE * back : back;
                }
            }
        }
        return deltas[0];
    }
}
