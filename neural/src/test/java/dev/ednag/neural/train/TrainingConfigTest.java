package dev.ednag.neural.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ednag.neural.data.Augmentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class TrainingConfigTest {

    private static final TrainingConfig BASE = TrainingConfig.defaults();

    private static void rejects(String message, Executable build) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, build).getMessage());
    }

    @Test
    void defaultsAreNasBench201sRecipe() {
        assertEquals(new TrainingConfig(12, 128, 0.1, 0.9, true, 5e-4, new Augmentation(4, true, 0), 0, 0), BASE);
    }

    @Test
    void everySettingIsChecked() {
        rejects("epochs must be at least 1, got 0", () -> BASE.withEpochs(0));
        rejects("batch size must be at least 2, got 1", () -> BASE.withBatchSize(1));
        rejects("learning rate must be positive and finite, got 0.0", () -> BASE.withLearningRate(0));
        rejects("learning rate must be positive and finite, got NaN", () -> BASE.withLearningRate(Double.NaN));
        rejects("momentum must be in [0, 1), got 1.0",
                () -> new TrainingConfig(1, 8, 0.1, 1, true, 0, Augmentation.none(), 0, 0));
        rejects("Nesterov momentum needs a momentum above 0",
                () -> new TrainingConfig(1, 8, 0.1, 0, true, 0, Augmentation.none(), 0, 0));
        rejects("weight decay must be 0 or more and finite, got -1.0E-4",
                () -> new TrainingConfig(1, 8, 0.1, 0.9, true, -1e-4, Augmentation.none(), 0, 0));
        rejects("max training batches per epoch must be 0 (all) or more, got -2",
                () -> BASE.withMaxTrainBatchesPerEpoch(-2));
        rejects("crop padding must be 0 (off) or more, got -1", () -> new Augmentation(-1, false, 0));
    }

    @Test
    void withersChangeOneSetting() {
        TrainingConfig changed = BASE.withEpochs(3).withSeed(9).withAugmentation(Augmentation.none());
        assertEquals(3, changed.epochs());
        assertEquals(9, changed.seed());
        assertEquals(Augmentation.none(), changed.augmentation());
        assertEquals(BASE.learningRate(), changed.learningRate());
    }

    @Test
    void stepsPerEpochSkipALoneFinalImageAndHonourTheCap() {
        TrainingConfig config = BASE.withBatchSize(10);
        assertEquals(3, NetworkTrainer.stepsPerEpoch(30, config));
        assertEquals(3, NetworkTrainer.stepsPerEpoch(31, config), "a batch of one image is skipped");
        assertEquals(4, NetworkTrainer.stepsPerEpoch(32, config));
        assertEquals(1, NetworkTrainer.stepsPerEpoch(7, config));
        assertEquals(2, NetworkTrainer.stepsPerEpoch(32, config.withMaxTrainBatchesPerEpoch(2)));
    }
}
