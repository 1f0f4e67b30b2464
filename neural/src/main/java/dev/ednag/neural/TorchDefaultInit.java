package dev.ednag.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.nn.core.Linear;
import java.util.SplittableRandom;

/**
 * Overwrites an initialised network's convolution and linear weights and biases with PyTorch's
 * default draw, U(−1/√fan_in, 1/√fan_in), where the zero-cost proxies' published numbers were
 * measured. The values come from a Java generator seeded here, visiting blocks in their fixed
 * order, so the same seed gives the same network on any thread and any engine state. Batch-norm
 * layers keep DJL's γ = 1, β = 0.
 */
public final class TorchDefaultInit {

    private TorchDefaultInit() {
    }

    public static void apply(Block network, long seed) {
        visit(network, new SplittableRandom(seed));
    }

    private static void visit(Block block, SplittableRandom random) {
        if (block instanceof Convolution || block instanceof Linear) {
            Parameter weight = block.getDirectParameters().get("weight");
            Shape shape = weight.getArray().getShape();
            long fanIn = shape.size() / shape.get(0);
            double bound = 1.0 / Math.sqrt(fanIn);
            fill(weight.getArray(), bound, random);
            Parameter bias = block.getDirectParameters().get("bias");
            if (bias != null) {
                fill(bias.getArray(), bound, random);
            }
        }
        for (Block child : block.getChildren().values()) {
            visit(child, random);
        }
    }

    private static void fill(NDArray array, double bound, SplittableRandom random) {
        int n = Math.toIntExact(array.getShape().size());
        if (array.getDataType() == DataType.FLOAT64) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextDouble(-bound, bound);
            }
            array.set(values);
        } else {
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = (float) random.nextDouble(-bound, bound);
            }
            array.set(values);
        }
    }
}
