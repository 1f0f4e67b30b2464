package dev.ednag.neural.nb201;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import dev.ednag.neural.ActivationPatterns;

/** NAS-Bench-201's ReLU → convolution (no bias) → batch norm, the building block of its conv ops. */
final class ReluConvBn {

    private ReluConvBn() {
    }

    static SequentialBlock of(int outChannels, int kernel, int stride, int padding, boolean batchNorm) {
        SequentialBlock block = new SequentialBlock();
        block.add(ActivationPatterns.relu());
        block.add(convolution(outChannels, kernel, stride, padding));
        if (batchNorm) {
            block.add(BatchNorm.builder().build());
        }
        return block;
    }

    /** A square convolution without bias, as every convolution in the skeleton is. */
    static Conv2d convolution(int outChannels, int kernel, int stride, int padding) {
        return Conv2d.builder()
                .setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(padding, padding))
                .setFilters(outChannels)
                .optBias(false)
                .build();
    }
}
