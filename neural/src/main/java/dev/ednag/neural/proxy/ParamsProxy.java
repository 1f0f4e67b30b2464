package dev.ednag.neural.proxy;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.ednag.core.space.Architecture;
import dev.ednag.neural.engine.NeuralEngine;
import dev.ednag.neural.ParameterCount;

/** The number of trainable parameters, the baseline every proxy must beat. */
public final class ParamsProxy implements ZeroCostProxy {

    @Override
    public String name() {
        return "params";
    }

    @Override
    public boolean needsData() {
        return false;
    }

    @Override
    public double score(Architecture architecture, ProxyContext context, long seed) {
        try (NDManager manager = NeuralEngine.newManager()) {
            var net = context.builder().build(architecture, context.task(), true);
            net.initialize(manager, DataType.FLOAT32, context.task().batchShape(1));
            return ParameterCount.of(net);
        }
    }
}
