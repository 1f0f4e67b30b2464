package dev.ednag.neural.proxy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import dev.ednag.core.space.Architecture;
import dev.ednag.neural.engine.NeuralEngine;
import dev.ednag.neural.engine.ThreadGradients;

/**
 * Synaptic flow (Tanaka et al., 2020), data-free: with batch norm removed, every parameter replaced
 * by its absolute value and everything in double precision, R is the sum of the logits for an input
 * of ones, and the score is Σ |θ ⊙ ∂R/∂θ| over the weights of the convolution and linear layers.
 */
public final class Synflow implements ZeroCostProxy {

    @Override
    public String name() {
        return "synflow";
    }

    @Override
    public boolean needsData() {
        return false;
    }

    @Override
    public double score(Architecture architecture, ProxyContext context, long seed) {
        try (NDManager manager = NeuralEngine.newManager()) {
            Block net = ProxyNetworks.build(manager, architecture, context, false, DataType.FLOAT64, seed);
            for (Parameter p : net.getParameters().values()) {
                NDArray values = p.getArray();
                values.set(values.abs().toDoubleArray());
            }
            NDArray ones = manager.ones(context.task().batchShape(1), DataType.FLOAT64);
            ThreadGradients.backpropagateSum(() -> ProxyNetworks.forward(manager, net, ones));
            double total = 0;
            for (NDArray w : ProxyNetworks.layerWeights(net)) {
                total += w.mul(w.getGradient()).abs().sum().getDouble();
            }
            return total;
        }
    }

    /** log10 of the score: synflow spans hundreds of orders of magnitude across a space. */
    @Override
    public double searchValue(double raw) {
        return Math.log10(raw);
    }

    @Override
    public String searchName() {
        return "log10_synflow";
    }
}
