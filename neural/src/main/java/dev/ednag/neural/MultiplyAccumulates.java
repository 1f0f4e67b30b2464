package dev.ednag.neural;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.nn.core.Linear;

/**
 * Multiply-accumulates of one image through an initialised network, counted as NAS-Bench-201
 * counts its FLOPs: convolutions (weights and biases × output pixels) and linear layers (weights and
 * biases, one addition per output counted as one operation); pooling,
 * normalisation, activations and additions are free.
 */
public final class MultiplyAccumulates {

    private MultiplyAccumulates() {
    }

    /** The count for one image; the network must have been initialised with a batch of 1. */
    public static long of(Block network) {
        long total = 0;
        if (network instanceof Convolution || network instanceof Linear) {
            long weights = network.getDirectParameters().get("weight").getArray().getShape().size();
            if (network.getDirectParameters().contains("bias")) {
                weights += network.getDirectParameters().get("bias").getArray().getShape().size();
            }
            total += weights;
            if (network instanceof Convolution) {
                Shape in = network.getInputShapes()[0];
                if (in.get(0) != 1) {
                    throw new IllegalArgumentException("count multiply-accumulates on a network initialised with a batch"
                            + " of 1, got input shape " + in);
                }
                Shape out = network.getOutputShapes(new Shape[] {in})[0];
                total = weights * out.get(2) * out.get(3);
            }
        }
        for (Block child : network.getChildren().values()) {
            total += of(child);
        }
        return total;
    }
}
