package dev.ednag.neural.train;

import java.util.Objects;

/** Hears how training goes, e.g. to draw a progress bar or to save each epoch's row at once. */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /**
     * After each training step.
     *
     * @param epoch       1-based epoch
     * @param batch       1-based step within the epoch
     * @param batches     steps in the epoch
     * @param runningLoss mean training loss of the epoch so far
     */
    default void onBatch(int epoch, int batch, int batches, double runningLoss) {
    }

    /** After each epoch's validation. */
    default void onEpoch(EpochRecord row) {
    }

    /** This listener, then {@code next}. */
    default TrainingListener andThen(TrainingListener next) {
        Objects.requireNonNull(next, "next");
        TrainingListener first = this;
        return new TrainingListener() {
            @Override
            public void onBatch(int epoch, int batch, int batches, double runningLoss) {
                first.onBatch(epoch, batch, batches, runningLoss);
                next.onBatch(epoch, batch, batches, runningLoss);
            }

            @Override
            public void onEpoch(EpochRecord row) {
                first.onEpoch(row);
                next.onEpoch(row);
            }
        };
    }
}
