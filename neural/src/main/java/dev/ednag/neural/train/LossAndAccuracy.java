package dev.ednag.neural.train;

import ai.djl.ndarray.NDArray;

/** Running sums of cross-entropy and right answers over the batches seen so far. */
final class LossAndAccuracy {

    private double lossSum;
    private long correct;
    private long seen;

    /** Adds a batch: {@code meanLoss} over its images, and its logits against its labels. */
    void add(float meanLoss, NDArray logits, NDArray labels) {
        long size = labels.size();
        try (NDArray predicted = logits.argMax(1); NDArray hits = predicted.eq(labels); NDArray count = hits.countNonzero()) {
            correct += count.getLong();
        }
        lossSum += (double) meanLoss * size;
        seen += size;
    }

    long seen() {
        return seen;
    }

    /** Mean cross-entropy per image. */
    double loss() {
        return lossSum / seen;
    }

    /** Percent of images classified right. */
    double accuracy() {
        return 100.0 * correct / seen;
    }
}
