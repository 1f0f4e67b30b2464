package dev.ednag.neural.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import dev.ednag.neural.data.BatchMaker;
import dev.ednag.neural.data.LabelledBatch;

/** Loss and accuracy of a network on a whole split, in inference mode (BatchNorm uses its running statistics). */
final class SplitEvaluator {

    private static final Loss LOSS = Loss.softmaxCrossEntropyLoss();

    private SplitEvaluator() {
    }

    static LossAndAccuracy evaluate(Block block, ParameterStore store, BatchMaker batches, int batchSize,
            NDManager manager) {
        int size = batches.data().size();
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        LossAndAccuracy score = new LossAndAccuracy();
        for (int from = 0; from < size; from += batchSize) {
            try (NDManager batchManager = manager.newSubManager();
                    LabelledBatch batch = batches.batch(batchManager, order, from, Math.min(size, from + batchSize))) {
                NDArray logits = block.forward(store, new NDList(batch.images()), false).singletonOrThrow();
                NDArray loss = LOSS.evaluate(new NDList(batch.labels()), new NDList(logits));
                score.add(loss.getFloat(), logits, batch.labels());
            }
        }
        return score;
    }
}
