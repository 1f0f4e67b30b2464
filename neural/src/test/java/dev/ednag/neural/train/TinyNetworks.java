package dev.ednag.neural.train;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;

/** Small networks for tests. */
final class TinyNetworks {

    private TinyNetworks() {
    }

    /** conv 3×3 → BatchNorm → ReLU → global average pool → linear: orientation detectors and a vote. */
    static SequentialBlock convNet(int filters, int classes) {
        return new SequentialBlock()
                .add(Conv2d.builder().setFilters(filters).setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                        .build())
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(Pool.globalAvgPool2dBlock())
                .add(Linear.builder().setUnits(classes).build());
    }

    /** Two conv-BatchNorm-ReLU stages with a 2×2 max pool between, then global average pool and linear. */
    static SequentialBlock twoStageConvNet(int filters, int classes) {
        return new SequentialBlock()
                .add(Conv2d.builder().setFilters(filters).setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                        .build())
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Conv2d.builder().setFilters(2 * filters).setKernelShape(new Shape(3, 3))
                        .optPadding(new Shape(1, 1)).build())
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(Pool.globalAvgPool2dBlock())
                .add(Linear.builder().setUnits(classes).build());
    }
}
