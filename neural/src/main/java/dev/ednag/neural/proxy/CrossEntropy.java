package dev.ednag.neural.proxy;

import ai.djl.ndarray.NDArray;

/** Mean softmax cross-entropy of logits against a mini-batch's labels. */
final class CrossEntropy {

    private CrossEntropy() {
    }

    static NDArray mean(NDArray logits, MiniBatch batch) {
        NDArray oneHot = logits.getManager().create(batch.labels()).oneHot(batch.task().classes(), logits.getDataType());
        return logits.logSoftmax(1).mul(oneHot).sum().div(-batch.size());
    }
}
