package dev.ednag.neural.proxy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import dev.ednag.core.space.Architecture;
import dev.ednag.neural.TorchDefaultInit;
import dev.ednag.neural.engine.ThreadGradients;
import java.util.ArrayList;
import java.util.List;

/** The network a proxy scores, its forward pass and the layer weights proxies sum over. */
final class ProxyNetworks {

    private ProxyNetworks() {
    }

    /** The architecture's network, initialised with PyTorch's default draw from {@code seed}. */
    static Block build(NDManager manager, Architecture architecture, ProxyContext context, boolean batchNorm,
            DataType type, long seed) {
        Block net = context.builder().build(architecture, context.task(), batchNorm);
        net.initialize(manager, type, context.task().batchShape(1));
        TorchDefaultInit.apply(net, seed);
        return net;
    }

    /** The logits in training mode (batch statistics in batch norm), as the proxies' reference computes them. */
    static NDArray forward(NDManager manager, Block net, NDArray input) {
        return net.forward(new ParameterStore(manager, false), new NDList(input), true).singletonOrThrow();
    }

    /**
     * The architecture's network (batch norm, float32) after backpropagating the mean
     * cross-entropy of the context's mini-batch, so that its weights hold their gradients.
     */
    static Block afterLossGradients(NDManager manager, Architecture architecture, ProxyContext context, String proxy,
            long seed) {
        MiniBatch batch = context.requireBatch(proxy);
        Block net = build(manager, architecture, context, true, DataType.FLOAT32, seed);
        NDArray x = images(manager, batch);
        ThreadGradients.backpropagateSum(() -> CrossEntropy.mean(forward(manager, net, x), batch));
        return net;
    }

    /** The images of a mini-batch as an N×C×H×W array. */
    static NDArray images(NDManager manager, MiniBatch batch) {
        return manager.create(batch.images(), batch.task().batchShape(batch.size()));
    }

    /** The weight arrays of every convolution and linear layer, the layers the proxies score. */
    static List<NDArray> layerWeights(Block block) {
        List<NDArray> weights = new ArrayList<>();
        collect(block, weights);
        return weights;
    }

    private static void collect(Block block, List<NDArray> weights) {
        if (block instanceof Convolution || block instanceof Linear) {
            weights.add(block.getDirectParameters().get("weight").getArray());
        }
        for (Block child : block.getChildren().values()) {
            collect(child, weights);
        }
    }
}
