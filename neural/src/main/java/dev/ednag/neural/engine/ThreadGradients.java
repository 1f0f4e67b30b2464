package dev.ednag.neural.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.function.Supplier;

/**
 * Backpropagation that several threads may run at once. DJL's {@code GradientCollector} allows one
 * collector in the whole JVM, which would serialise every proxy; PyTorch's grad mode is per thread,
 * so this switches it on for the calling thread only and backpropagates directly.
 */
public final class ThreadGradients {

    private ThreadGradients() {
    }

    /**
     * Builds the objective with gradient recording on, on this thread, then backpropagates the sum
     * of its elements into every array that requires a gradient. Gradients accumulate, so use
     * fresh arrays (or zero them) between calls.
     */
    public static void backpropagateSum(Supplier<NDArray> objective) {
        NeuralEngine.get();
        boolean before = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
        try {
            NDArray y = objective.get();
            JniUtils.backward((PtNDArray) y, (PtNDArray) y.onesLike(), false, false);
        } finally {
            JniUtils.setGradMode(before);
        }
    }

    /**
     * Runs in-place updates of weights with gradient recording off on this thread. PyTorch starts
     * every new thread with recording on, and refuses in-place changes of a recorded leaf.
     */
    public static void withoutRecording(Runnable updates) {
        NeuralEngine.get();
        boolean before = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        try {
            updates.run();
        } finally {
            JniUtils.setGradMode(before);
        }
    }
}
