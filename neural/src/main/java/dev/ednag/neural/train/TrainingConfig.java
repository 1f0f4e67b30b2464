package dev.ednag.neural.train;

import dev.ednag.neural.data.Augmentation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a network is trained: SGD with (Nesterov) momentum and coupled weight decay, the learning
 * rate following a cosine from {@code learningRate} to 0 over all steps, updated every step; the
 * recipe NAS-Bench-201 trains its networks with.
 *
 * @param epochs                   passes over the training split
 * @param batchSize                images per step
 * @param learningRate             the learning rate of the first step
 * @param momentum                 momentum coefficient μ in [0, 1)
 * @param nesterov                 Nesterov momentum (needs μ &gt; 0)
 * @param weightDecay              L2 coefficient added to every trainable parameter's gradient
 * @param augmentation             changes to training images (never to validation or test images)
 * @param seed                     seeds the shuffles, the augmentation and the weights of an uninitialised network
 * @param maxTrainBatchesPerEpoch  steps per epoch at most, for quick runs; 0 = a full pass
 */
public record TrainingConfig(int epochs, int batchSize, double learningRate, double momentum, boolean nesterov,
        double weightDecay, Augmentation augmentation, long seed, int maxTrainBatchesPerEpoch) {

    public static final int DEFAULT_EPOCHS = 12;
    public static final int DEFAULT_BATCH_SIZE = 128;

    public TrainingConfig {
        Objects.requireNonNull(augmentation, "augmentation");
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 2) {
            // BatchNorm needs two images per batch to have a batch variance.
            throw new IllegalArgumentException("batch size must be at least 2, got " + batchSize);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive and finite, got " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        if (nesterov && momentum == 0) {
            throw new IllegalArgumentException("Nesterov momentum needs a momentum above 0");
        }
        if (!(weightDecay >= 0) || !Double.isFinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be 0 or more and finite, got " + weightDecay);
        }
        if (maxTrainBatchesPerEpoch < 0) {
            throw new IllegalArgumentException("max training batches per epoch must be 0 (all) or more, got "
                    + maxTrainBatchesPerEpoch);
        }
    }

    /**
     * NAS-Bench-201's recipe at its short schedule: 12 epochs, batch 128, learning rate 0.1,
     * Nesterov momentum 0.9, weight decay 5e-4, padded crop and flip, seed 0.
     */
    public static TrainingConfig defaults() {
        return new TrainingConfig(DEFAULT_EPOCHS, DEFAULT_BATCH_SIZE, 0.1, 0.9, true, 5e-4, Augmentation.cropAndFlip(),
                0, 0);
    }

    public TrainingConfig withEpochs(int value) {
        return new TrainingConfig(value, batchSize, learningRate, momentum, nesterov, weightDecay, augmentation, seed,
                maxTrainBatchesPerEpoch);
    }

    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(epochs, value, learningRate, momentum, nesterov, weightDecay, augmentation, seed,
                maxTrainBatchesPerEpoch);
    }

    public TrainingConfig withLearningRate(double value) {
        return new TrainingConfig(epochs, batchSize, value, momentum, nesterov, weightDecay, augmentation, seed,
                maxTrainBatchesPerEpoch);
    }

    public TrainingConfig withAugmentation(Augmentation value) {
        return new TrainingConfig(epochs, batchSize, learningRate, momentum, nesterov, weightDecay, value, seed,
                maxTrainBatchesPerEpoch);
    }

    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(epochs, batchSize, learningRate, momentum, nesterov, weightDecay, augmentation, value,
                maxTrainBatchesPerEpoch);
    }

    public TrainingConfig withMaxTrainBatchesPerEpoch(int value) {
        return new TrainingConfig(epochs, batchSize, learningRate, momentum, nesterov, weightDecay, augmentation, seed,
                value);
    }

    /** The settings in a stable order, for manifests. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("epochs", epochs);
        map.put("batchSize", batchSize);
        map.put("learningRate", learningRate);
        map.put("schedule", "cosine to 0, per step");
        map.put("momentum", momentum);
        map.put("nesterov", nesterov);
        map.put("weightDecay", weightDecay);
        map.put("augmentation", augmentation.toMap());
        map.put("seed", seed);
        map.put("maxTrainBatchesPerEpoch", maxTrainBatchesPerEpoch);
        return map;
    }
}
