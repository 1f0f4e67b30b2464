package dev.ednag.neural.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Labelled images held in memory as unsigned bytes, laid out image after image, each image channel
 * after channel (N×C×H×W), so a batch is one copy per image. Immutable: the factory copies its
 * arrays and the accessors return copies; readers in this package hand over freshly built arrays
 * without the extra copy, which matters for 47 MB of Fashion-MNIST.
 */
public final class ImageDataset {

    private final int channels;
    private final int height;
    private final int width;
    private final byte[] pixels;
    private final int[] labels;
    private final List<String> classNames;

    private ImageDataset(int channels, int height, int width, byte[] pixels, int[] labels, List<String> classNames) {
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.pixels = pixels;
        this.labels = labels;
        this.classNames = classNames;
    }

    /**
     * A data set from copies of the given arrays.
     *
     * @param pixels uint8 values, N×C×H×W
     * @param labels class indices into {@code classNames}
     * @throws IllegalArgumentException when the sizes disagree or a label names no class
     */
    public static ImageDataset of(int channels, int height, int width, byte[] pixels, int[] labels,
            List<String> classNames) {
        return owning(channels, height, width, pixels.clone(), labels.clone(), classNames);
    }

    /** Like {@link #of} but keeps the arrays, which the caller must not touch afterwards. */
    static ImageDataset owning(int channels, int height, int width, byte[] pixels, int[] labels,
            List<String> classNames) {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(labels, "labels");
        List<String> names = List.copyOf(classNames);
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("image shape must be positive, got " + channels + "×" + height + "×" + width);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a data set needs at least one class name");
        }
        long expected = (long) labels.length * channels * height * width;
        if (pixels.length != expected) {
            throw new IllegalArgumentException(labels.length + " images of " + channels + "×" + height + "×" + width
                    + " need " + expected + " pixel bytes, got " + pixels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= names.size()) {
                throw new IllegalArgumentException("label " + labels[i] + " of image " + i + " is outside the "
                        + names.size() + " classes");
            }
        }
        return new ImageDataset(channels, height, width, pixels, labels, names);
    }

    public int size() {
        return labels.length;
    }

    /** The number of classes, including classes without images here. */
    public int classes() {
        return classNames.size();
    }

    public List<String> classNames() {
        return classNames;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Bytes per image: channels × height × width. */
    public int imageBytes() {
        return channels * height * width;
    }

    public int label(int index) {
        return labels[index];
    }

    /** A copy of all labels. */
    public int[] labels() {
        return labels.clone();
    }

    /** A copy of one image's bytes, C×H×W. */
    public byte[] image(int index) {
        Objects.checkIndex(index, size());
        int n = imageBytes();
        return Arrays.copyOfRange(pixels, index * n, (index + 1) * n);
    }

    /** A copy of all pixels, N×C×H×W. */
    public byte[] pixels() {
        return pixels.clone();
    }

    /** The pixels without a copy, for readers in this package that only read. */
    byte[] pixelsUnsafe() {
        return pixels;
    }

    /** Images per class, indexed like {@link #classNames()}. */
    public int[] classCounts() {
        int[] counts = new int[classes()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * The images at {@code indices}, in that order (repeats allowed), with the same classes.
     *
     * @throws IllegalArgumentException when an index is outside the data set
     */
    public ImageDataset subset(int[] indices) {
        int n = imageBytes();
        byte[] chosenPixels = new byte[Math.multiplyExact(indices.length, n)];
        int[] chosenLabels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            int source = indices[i];
            if (source < 0 || source >= size()) {
                throw new IllegalArgumentException("subset index " + source + " is outside the " + size() + " images");
            }
            System.arraycopy(pixels, source * n, chosenPixels, i * n, n);
            chosenLabels[i] = labels[source];
        }
        return new ImageDataset(channels, height, width, chosenPixels, chosenLabels, classNames);
    }

    /** Whether {@code other} has images of the same shape and the same class names, so the two can be mixed. */
    public boolean compatibleWith(ImageDataset other) {
        return channels == other.channels && height == other.height && width == other.width
                && classNames.equals(other.classNames);
    }

    /** Shape and classes in words, for messages. */
    public String describe() {
        return size() + " images of " + channels + "×" + height + "×" + width + " in " + classes() + " classes";
    }

    @Override
    public String toString() {
        return "ImageDataset[" + describe() + "]";
    }
}
