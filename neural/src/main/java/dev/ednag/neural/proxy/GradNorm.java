package dev.ednag.neural.proxy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import dev.ednag.core.space.Architecture;
import dev.ednag.neural.engine.NeuralEngine;

/** grad_norm: the sum over convolution and linear layers of the L2 norm of ∂loss/∂W on one mini-batch. */
public final class GradNorm implements ZeroCostProxy {

    @Override
    public String name() {
        return "grad_norm";
    }

    @Override
    public boolean needsData() {
        return true;
    }

    @Override
    public double score(Architecture architecture, ProxyContext context, long seed) {
        try (NDManager manager = NeuralEngine.newManager()) {
            Block net = ProxyNetworks.afterLossGradients(manager, architecture, context, name(), seed);
            double total = 0;
            for (NDArray w : ProxyNetworks.layerWeights(net)) {
                total += w.getGradient().norm().getFloat();
            }
            return total;
        }
    }
}
