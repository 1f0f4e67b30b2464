package dev.ednag.neural;

import ai.djl.ndarray.types.Shape;

/**
 * What a network is built for: images of {@code channels}×{@code height}×{@code width} pixels and
 * {@code classes} output classes.
 */
public record ImageTask(int channels, int height, int width, int classes) {

    /** CIFAR-10: 3×32×32, 10 classes. */
    public static final ImageTask CIFAR10 = new ImageTask(3, 32, 32, 10);

    /** CIFAR-100: 3×32×32, 100 classes. */
    public static final ImageTask CIFAR100 = new ImageTask(3, 32, 32, 100);

    /** ImageNet16-120: 3×16×16, 120 classes. */
    public static final ImageTask IMAGENET16_120 = new ImageTask(3, 16, 16, 120);

    public ImageTask {
        if (channels < 1 || height < 1 || width < 1 || classes < 2) {
            throw new IllegalArgumentException("an image task needs at least 1 channel, 1×1 pixels and 2 classes, got "
                    + channels + "×" + height + "×" + width + " with " + classes + " classes");
        }
    }

    /** The shape of a batch of {@code batch} images, N×C×H×W. */
    public Shape batchShape(int batch) {
        return new Shape(batch, channels, height, width);
    }

    /** Pixels in one image, C·H·W. */
    public int pixels() {
        return channels * height * width;
    }

    @Override
    public String toString() {
        return channels + "x" + height + "x" + width + ", " + classes + " classes";
    }
}
