package dev.ednag.neural.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.tracker.Tracker;
import dev.ednag.neural.engine.NeuralEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The update rule against numbers worked out by hand (lr 0.1, μ 0.9, λ 0.01, gradient 0.5 each step). */
class NesterovSgdTest {

    @BeforeAll
    static void engine() {
        NeuralEngine.get();
    }

    private static float[] twoSteps(NesterovSgd sgd) {
        try (NDManager manager = NDManager.newBaseManager(); sgd) {
            NDArray weight = manager.create(new float[] {1f, -2f});
            for (int step = 0; step < 2; step++) {
                try (NDArray grad = manager.create(new float[] {0.5f, 0.5f})) {
                    sgd.update("w", weight, grad);
                }
            }
            return weight.toFloatArray();
        }
    }

    @Test
    void nesterovMatchesTheHandComputation() {
        NesterovSgd sgd = NesterovSgd.builder().setLearningRateTracker(Tracker.fixed(0.1f)).optMomentum(0.9f)
                .optNesterov(true).optWeightDecays(0.01f).build();
        // w = 1:  g = 0.5 + 0.01 = 0.51, v = 0.51, w = 1 − 0.1(0.51 + 0.459) = 0.9031;
        //         g = 0.5 + 0.009031 = 0.509031, v = 0.459 + 0.509031 = 0.968031,
        //         w = 0.9031 − 0.1(0.509031 + 0.8712279) = 0.76507411.
        // w = −2: g = 0.48, v = 0.48, w = −2 − 0.1(0.48 + 0.432) = −2.0912;
        //         g = 0.479088, v = 0.432 + 0.479088 = 0.911088,
        //         w = −2.0912 − 0.1(0.479088 + 0.8199792) = −2.22110672.
        assertArrayEquals(new float[] {0.76507411f, -2.22110672f}, twoSteps(sgd), 1e-6f);
    }

    @Test
    void heavyBallMomentumStepsAlongTheVelocity() {
        NesterovSgd sgd = NesterovSgd.builder().setLearningRateTracker(Tracker.fixed(0.1f)).optMomentum(0.9f)
                .optWeightDecays(0.01f).build();
        // w = 1:  v = 0.51, w = 0.949; g = 0.50949, v = 0.459 + 0.50949 = 0.96849, w = 0.949 − 0.096849 = 0.852151.
        // w = −2: v = 0.48, w = −2.048; g = 0.47952, v = 0.432 + 0.47952 = 0.91152, w = −2.048 − 0.091152 = −2.139152.
        assertArrayEquals(new float[] {0.852151f, -2.139152f}, twoSteps(sgd), 1e-6f);
    }

    @Test
    void plainSgdAndTheScheduleOfEachUpdate() {
        // lr 0.2 then 0.1 (cosine over 2 steps), no momentum, no decay: w = 1 − 0.2·0.5 − 0.1·0.5 = 0.85.
        NesterovSgd sgd = NesterovSgd.builder().setLearningRateTracker(new CosineLearningRate(0.2, 2)).build();
        assertArrayEquals(new float[] {0.85f, -2.15f}, twoSteps(sgd), 1e-6f);
        assertEquals(0.1f, sgd.lastLearningRate(), 1e-7f);
    }

    @Test
    void rejectsWhatItWouldNotHonour() {
        assertEquals("NesterovSgd neither rescales nor clips gradients", assertThrows(IllegalArgumentException.class,
                () -> NesterovSgd.builder().setLearningRateTracker(Tracker.fixed(0.1f)).optClipGrad(1).build())
                .getMessage());
        assertEquals("Nesterov momentum needs a momentum above 0", assertThrows(IllegalArgumentException.class,
                () -> NesterovSgd.builder().setLearningRateTracker(Tracker.fixed(0.1f)).optNesterov(true).build())
                .getMessage());
        assertEquals("momentum must be in [0, 1), got 1.0", assertThrows(IllegalArgumentException.class,
                () -> NesterovSgd.builder().setLearningRateTracker(Tracker.fixed(0.1f)).optMomentum(1).build())
                .getMessage());
    }
}
