package dev.ednag.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;

/**
 * ReLUs that can report which units of each image they let through. Network builders use
 * {@link #relu()} in place of DJL's ReLU block; it behaves exactly like it, and while
 * {@link #kernel} runs a forward pass on the same thread it also adds up, for every pair of
 * images, how many ReLU units agree on being active or not (the kernel of NASWOT, Mellor et al.,
 * ICML 2021). A thread-local keeps the networks themselves free of any recording state.
 */
public final class ActivationPatterns {

    private static final ThreadLocal<double[][]> AGREEMENTS = new ThreadLocal<>();

    private ActivationPatterns() {
    }

    /** A ReLU block, recorded by {@link #kernel} and otherwise DJL's own. */
    public static Block relu() {
        return new LambdaBlock(ActivationPatterns::reluAndRecord, "ReLU");
    }

    /**
     * Runs {@code forward} (a batch of {@code images} through a network built with {@link #relu()})
     * and returns the images × images matrix whose entry (i, j) is the number of ReLU units where
     * image i and image j are both active or both inactive.
     */
    public static double[][] kernel(int images, Runnable forward) {
        if (AGREEMENTS.get() != null) {
            throw new IllegalStateException("activation patterns are already being recorded on this thread");
        }
        double[][] agreements = new double[images][images];
        AGREEMENTS.set(agreements);
        try {
            forward.run();
        } finally {
            AGREEMENTS.remove();
        }
        return agreements;
    }

    private static NDList reluAndRecord(NDList inputs) {
        double[][] agreements = AGREEMENTS.get();
        if (agreements != null) {
            add(agreements, inputs.singletonOrThrow());
        }
        return new NDList(Activation.relu(inputs.singletonOrThrow()));
    }

    /** Adds one layer's agreements: codes·codesᵀ + (1 − codes)·(1 − codes)ᵀ, with codes = (x > 0). */
    private static void add(double[][] agreements, NDArray x) {
        int n = agreements.length;
        if (x.getShape().get(0) != n) {
            throw new IllegalArgumentException("the batch has " + x.getShape().get(0) + " images, expected " + n);
        }
        // 0/1 products summed in float64: exact for any layer size.
        try (NDArray codes = x.gt(0).toType(DataType.FLOAT64, false).reshape(n, -1);
                NDArray off = codes.neg().add(1);
                NDArray both = codes.matMul(codes.transpose()).add(off.matMul(off.transpose()))) {
            double[] values = both.toDoubleArray();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    agreements[i][j] += values[i * n + j];
                }
            }
        }
    }
}
