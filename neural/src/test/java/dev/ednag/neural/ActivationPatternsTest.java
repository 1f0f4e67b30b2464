package dev.ednag.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import dev.ednag.neural.engine.NeuralEngine;
import org.junit.jupiter.api.Test;

class ActivationPatternsTest {

    @Test
    void countsTheUnitsOnWhichTwoImagesAgree() {
        try (NDManager manager = NeuralEngine.newManager()) {
            // Codes 1 0 1 and 1 1 0: they agree on the first unit only.
            NDArray x = manager.create(new float[] {1, -1, 2, 1, 2, -3}, new Shape(2, 3));
            Block relu = ActivationPatterns.relu();
            NDArray[] out = new NDArray[1];
            double[][] kernel = ActivationPatterns.kernel(2,
                    () -> out[0] = relu.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow());
            assertArrayEquals(new double[] {3, 1}, kernel[0]);
            assertArrayEquals(new double[] {1, 3}, kernel[1]);
            assertArrayEquals(new float[] {1, 0, 2, 1, 2, 0}, out[0].toFloatArray());
        }
    }

    @Test
    void layersAddUpAndNothingIsRecordedOutsideAKernel() {
        try (NDManager manager = NeuralEngine.newManager()) {
            NDArray x = manager.create(new float[] {1, -1, -1, 1}, new Shape(2, 2));
            Block relu = ActivationPatterns.relu();
            ParameterStore store = new ParameterStore(manager, false);
            relu.forward(store, new NDList(x), false);
            double[][] kernel = ActivationPatterns.kernel(2, () -> {
                relu.forward(store, new NDList(x), false);
                relu.forward(store, new NDList(x), false);
            });
            assertEquals(4, kernel[0][0], 0.0);
            assertEquals(0, kernel[0][1], 0.0);
        }
    }
}
