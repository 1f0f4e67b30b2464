package dev.ednag.neural.train;

import ai.djl.ndarray.types.Shape;
import dev.ednag.neural.data.Normalisation;
import java.util.List;

/**
 * What a training run measured. The test split is evaluated once, after the last epoch, and only
 * reported here; nothing in training looks at it.
 *
 * @param epochs          one row per epoch
 * @param testLoss        mean cross-entropy on the test split
 * @param testAccuracy    percent of test images classified right
 * @param normalisation   the normalisation fitted on the training split, needed to use the network
 * @param inputShape      channels, height, width
 * @param classNames      the classes the outputs stand for
 * @param cpuSeconds      CPU time of the training thread (PyTorch computes on it with one native thread)
 * @param wallSeconds     wall time of the whole run
 * @param trainedImages   training images processed over all epochs
 * @param trainingSeconds wall time of the training steps alone (no evaluation)
 */
public record TrainingResult(List<EpochRecord> epochs, double testLoss, double testAccuracy, Normalisation normalisation,
        Shape inputShape, List<String> classNames, double cpuSeconds, double wallSeconds, long trainedImages,
        double trainingSeconds) {

    public TrainingResult {
        epochs = List.copyOf(epochs);
        classNames = List.copyOf(classNames);
        if (epochs.isEmpty()) {
            throw new IllegalArgumentException("a training result needs at least one epoch");
        }
    }

    public EpochRecord lastEpoch() {
        return epochs.get(epochs.size() - 1);
    }

    /** Validation accuracy (percent) after the last epoch. */
    public double finalValidAccuracy() {
        return lastEpoch().validAccuracy();
    }

    /** Training throughput: images per second of training steps. */
    public double imagesPerSecond() {
        return trainedImages / trainingSeconds;
    }
}
