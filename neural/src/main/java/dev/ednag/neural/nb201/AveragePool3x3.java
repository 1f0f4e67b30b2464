package dev.ednag.neural.nb201;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The cell's avg_pool_3x3: stride 1, padding 1, averaging only the pixels inside the image
 * (PyTorch's {@code count_include_pad=False}, as the benchmark has it). DJL's PyTorch engine always
 * counts the padding, so the padded average is divided by the padded average of ones, which is the
 * fraction of each window inside the image.
 */
final class AveragePool3x3 extends AbstractBlock {

    private static final Shape KERNEL = new Shape(3, 3);
    private static final Shape STRIDE = new Shape(1, 1);
    private static final Shape PADDING = new Shape(1, 1);

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Shape s = x.getShape();
        NDArray padded = Pool.avgPool2d(x, KERNEL, STRIDE, PADDING, false, true);
        NDArray ones = x.getManager().ones(new Shape(1, 1, s.get(2), s.get(3)), x.getDataType());
        NDArray inside = Pool.avgPool2d(ones, KERNEL, STRIDE, PADDING, false, true);
        return new NDList(padded.div(inside));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }
}
