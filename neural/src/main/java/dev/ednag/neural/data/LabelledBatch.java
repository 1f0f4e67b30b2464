package dev.ednag.neural.data;

import ai.djl.ndarray.NDArray;

/**
 * A batch as arrays: normalised float32 images (B×C×H×W) and int64 class indices (B), the label
 * type DJL's softmax cross-entropy needs on PyTorch. Closing frees both.
 */
public record LabelledBatch(NDArray images, NDArray labels) implements AutoCloseable {

    public int size() {
        return (int) labels.size();
    }

    @Override
    public void close() {
        images.close();
        labels.close();
    }
}
