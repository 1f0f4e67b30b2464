package dev.ednag.neural.train;

/**
 * One epoch of training, as a row of {@code training.csv}.
 *
 * @param epoch         1 for the first epoch
 * @param learningRate  the rate of the epoch's last step
 * @param trainLoss     mean cross-entropy over the epoch's training images, measured while training (training mode, augmented)
 * @param trainAccuracy percent of those images classified right
 * @param validLoss     mean cross-entropy over the validation split after the epoch (inference mode)
 * @param validAccuracy percent of validation images classified right
 * @param seconds       wall time of the epoch, validation included
 */
public record EpochRecord(int epoch, double learningRate, double trainLoss, double trainAccuracy, double validLoss,
        double validAccuracy, double seconds) {
}
