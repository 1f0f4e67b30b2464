package dev.ednag.neural;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

/** Trainable parameters of an initialised network: weights, biases and batch-norm γ and β, not running statistics. */
public final class ParameterCount {

    private ParameterCount() {
    }

    public static long of(Block network) {
        long total = 0;
        for (Parameter p : network.getParameters().values()) {
            if (p.requiresGradient()) {
                total += p.getArray().getShape().size();
            }
        }
        return total;
    }
}
