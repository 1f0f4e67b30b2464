package dev.ednag.neural.nb201;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import dev.ednag.core.space.Architecture;
import dev.ednag.neural.ActivationPatterns;
import dev.ednag.neural.ImageTask;
import dev.ednag.neural.NetworkBuilder;
import dev.ednag.spaces.nb201.Nb201Cell;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NAS-Bench-201's network: a 3×3 stem convolution with batch norm to C channels, three stages of N
 * copies of the cell at widths C, 2C and 4C with a {@link ResidualReductionBlock} between them,
 * batch norm and ReLU, global average pooling and a linear classifier.
 */
public final class Nb201NetworkBuilder implements NetworkBuilder {

    private final Nb201Skeleton skeleton;

    public Nb201NetworkBuilder(Nb201Skeleton skeleton) {
        this.skeleton = skeleton;
    }

    /** The benchmark's skeleton, C = 16, N = 5. */
    public static Nb201NetworkBuilder benchmark() {
        return new Nb201NetworkBuilder(Nb201Skeleton.BENCHMARK);
    }

    @Override
    public String space() {
        return "nb201";
    }

    @Override
    public Block build(Architecture architecture, ImageTask task, boolean batchNorm) {
        if (!(architecture instanceof Nb201Cell cell)) {
            throw new IllegalArgumentException("the NAS-Bench-201 network builder needs an nb201 cell, got "
                    + architecture.key());
        }
        SequentialBlock net = new SequentialBlock();
        net.add(ReluConvBn.convolution(skeleton.width(), 3, 1, 1));
        if (batchNorm) {
            net.add(BatchNorm.builder().build());
        }
        for (int stage = 0; stage < 3; stage++) {
            if (stage > 0) {
                net.add(new ResidualReductionBlock(skeleton.width(stage), batchNorm));
            }
            for (int i = 0; i < skeleton.cellsPerStage(); i++) {
                net.add(new Nb201CellBlock(cell, skeleton.width(stage), batchNorm));
            }
        }
        if (batchNorm) {
            net.add(BatchNorm.builder().build());
        }
        net.add(ActivationPatterns.relu());
        net.add(Pool.globalAvgPool2dBlock());
        net.add(Linear.builder().setUnits(task.classes()).build());
        return net;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("space", space());
        m.put("skeleton", "NAS-Bench-201");
        m.put("channels", skeleton.width());
        m.put("cellsPerStage", skeleton.cellsPerStage());
        return m;
    }
}
