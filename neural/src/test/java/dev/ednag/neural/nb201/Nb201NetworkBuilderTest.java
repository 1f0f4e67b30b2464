package dev.ednag.neural.nb201;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.neural.ImageTask;
import dev.ednag.neural.MultiplyAccumulates;
import dev.ednag.neural.ParameterCount;
import dev.ednag.neural.engine.NeuralEngine;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Op;
import dev.ednag.spaces.nb201.Nb201Space;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Nb201NetworkBuilderTest {

    private static final Nb201NetworkBuilder BUILDER = Nb201NetworkBuilder.benchmark();

    @BeforeAll
    static void engine() {
        NeuralEngine.get();
    }

    /** Parameters and multiply-accumulates of the built network, for one image. */
    private static long[] costs(Nb201Cell cell, ImageTask task) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block net = BUILDER.build(cell, task, true);
            net.initialize(manager, DataType.FLOAT32, task.batchShape(1));
            return new long[] {ParameterCount.of(net), MultiplyAccumulates.of(net)};
        }
    }

    @Test
    void parametersAndFlopsEqualTheTableForAThousandRandomCellsOnEveryDataset() {
        MetricTable table = Nb201Benchmark.shipped().table();
        String[][] columns = {
            {"params_cifar10_M", "flops_cifar10_M"},
            {"params_cifar100_M", "flops_cifar100_M"},
            {"params_imagenet16_M", "flops_imagenet16_M"}};
        ImageTask[] tasks = {ImageTask.CIFAR10, ImageTask.CIFAR100, ImageTask.IMAGENET16_120};
        SplittableRandom random = new SplittableRandom(20261123);
        Nb201Space space = Nb201Space.instance();
        int checked = 0;
        for (int i = 0; i < 1000; i++) {
            Nb201Cell cell = space.cell(random.nextInt(Nb201Cell.COUNT));
            int row = table.row(cell.key());
            for (int d = 0; d < tasks.length; d++) {
                long[] c = costs(cell, tasks[d]);
                long params = Math.round(table.value(columns[d][0], row) * 1e6);
                double flops = table.value(columns[d][1], row) * 1e6;
                assertEquals(params, c[0], () -> "params of " + cell.key());
                // The table keeps FLOPs to 1e-5 M, so it is exact to half of that.
                assertEquals(flops, c[1], 5.0 + 1e-6, () -> "FLOPs of " + cell.key());
                checked++;
            }
        }
        assertEquals(3000, checked);
    }

    @Test
    void theSmallestCellHasTheTablesSmallestParameterCount() {
        Nb201Cell none = Nb201Space.instance().cell(Nb201Op.NONE, Nb201Op.NONE, Nb201Op.NONE, Nb201Op.NONE,
                Nb201Op.NONE, Nb201Op.NONE);
        assertEquals(73_306, costs(none, ImageTask.CIFAR10)[0]);
    }

    @Test
    void oddResolutionsAndOneChannelImagesBuildAndRun() {
        ImageTask task = new ImageTask(1, 15, 13, 7);
        Nb201Cell cell = Nb201Space.instance().parse(
                "|nor_conv_3x3~0|+|avg_pool_3x3~0|skip_connect~1|+|none~0|nor_conv_1x1~1|avg_pool_3x3~2|");
        try (NDManager manager = NDManager.newBaseManager()) {
            Block net = new Nb201NetworkBuilder(new Nb201Skeleton(4, 1)).build(cell, task, true);
            net.initialize(manager, DataType.FLOAT32, task.batchShape(2));
            NDArray x = manager.randomNormal(task.batchShape(2));
            NDArray logits = net.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow();
            assertEquals(new Shape(2, 7), logits.getShape());
        }
    }

    @Test
    void averagePoolingIgnoresThePaddingAtTheBorder() {
        try (NDManager manager = NDManager.newBaseManager()) {
            AveragePool3x3 pool = new AveragePool3x3();
            pool.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 3, 3));
            NDArray x = manager.arange(9f).reshape(1, 1, 3, 3);
            float[] out = pool.forward(new ParameterStore(manager, false), new NDList(x), false)
                    .singletonOrThrow().toFloatArray();
            // Corner (0,0) averages 0,1,3,4 = 2; the centre averages all nine = 4.
            assertArrayEquals(new float[] {2f, 2.5f, 3f, 3.5f, 4f, 4.5f, 5f, 5.5f, 6f}, out, 1e-5f);
        }
    }

    @Test
    void anArchitectureOfAnotherSpaceIsRefused() {
        dev.ednag.core.space.Architecture other = () -> "not-a-cell";
        assertThrows(IllegalArgumentException.class, () -> BUILDER.build(other, ImageTask.CIFAR10, true));
    }
}
