package dev.ednag.neural.nb201;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The residual block between stages: two ReLU-conv3×3-BN (the first with stride 2) plus a shortcut
 * of 2×2 average pooling and a 1×1 convolution without batch norm, halving the resolution and
 * changing the width. The pooling rounds up, so odd resolutions give the same size on both paths.
 */
final class ResidualReductionBlock extends AbstractBlock {

    private static final Shape POOL = new Shape(2, 2);

    private final Block first;
    private final Block second;
    private final Block shortcut;

    ResidualReductionBlock(int outChannels, boolean batchNorm) {
        first = addChildBlock("convA", ReluConvBn.of(outChannels, 3, 2, 1, batchNorm));
        second = addChildBlock("convB", ReluConvBn.of(outChannels, 3, 1, 1, batchNorm));
        shortcut = addChildBlock("shortcut", ReluConvBn.convolution(outChannels, 1, 1, 0));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList residual = second.forward(store, first.forward(store, inputs, training, params), training, params);
        NDArray pooled = pool(inputs.singletonOrThrow());
        NDArray skip = shortcut.forward(store, new NDList(pooled), training, params).singletonOrThrow();
        return new NDList(residual.singletonOrThrow().add(skip));
    }

    private static NDArray pool(NDArray x) {
        return Pool.avgPool2d(x, POOL, POOL, new Shape(0, 0), true, true);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return second.getOutputShapes(first.getOutputShapes(inputShapes));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        first.initialize(manager, dataType, inputShapes);
        second.initialize(manager, dataType, first.getOutputShapes(inputShapes));
        Shape in = inputShapes[0];
        Shape pooled = new Shape(in.get(0), in.get(1), (in.get(2) + 1) / 2, (in.get(3) + 1) / 2);
        shortcut.initialize(manager, dataType, pooled);
    }
}
