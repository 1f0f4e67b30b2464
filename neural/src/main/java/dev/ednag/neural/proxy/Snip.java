package dev.ednag.neural.proxy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import dev.ednag.core.space.Architecture;
import dev.ednag.neural.engine.NeuralEngine;

/**
 * SNIP (Lee et al., 2019): Σ |W ⊙ ∂loss/∂W| over convolution and linear weights on one mini-batch,
 * the connection sensitivity summed over the network.
 */
public final class Snip implements ZeroCostProxy {

    @Override
    public String name() {
        return "snip";
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
                total += w.mul(w.getGradient()).abs().sum().getFloat();
            }
            return total;
        }
    }
}
