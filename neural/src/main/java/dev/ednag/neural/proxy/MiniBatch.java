package dev.ednag.neural.proxy;

import dev.ednag.core.io.Sha256;
import dev.ednag.neural.ImageTask;
import dev.ednag.neural.data.DatasetSplits;
import dev.ednag.neural.data.ImageDataset;
import dev.ednag.neural.data.Normalisation;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;

/**
 * The one mini-batch a data-dependent proxy looks at: normalised images, N×C×H×W in row-major
 * order, and their labels.
 */
public record MiniBatch(ImageTask task, float[] images, int[] labels, String source) {

    public MiniBatch {
        images = images.clone();
        labels = labels.clone();
        if (labels.length == 0 || images.length != labels.length * task.pixels()) {
            throw new IllegalArgumentException("a mini-batch needs at least one image and " + task.pixels()
                    + " values per image, got " + images.length + " values for " + labels.length + " labels");
        }
        for (int label : labels) {
            if (label < 0 || label >= task.classes()) {
                throw new IllegalArgumentException("label " + label + " is outside 0.." + (task.classes() - 1));
            }
        }
    }

    /**
     * Standard normal pixels and uniform labels: a stand-in when no images of the task are at hand,
     * named as such in every output.
     */
    public static MiniBatch gaussian(ImageTask task, int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] images = new float[size * task.pixels()];
        for (int i = 0; i < images.length; i++) {
            images[i] = (float) nextGaussian(random);
        }
        int[] labels = new int[size];
        for (int i = 0; i < size; i++) {
            labels[i] = random.nextInt(task.classes());
        }
        return new MiniBatch(task, images, labels, "gaussian noise");
    }

    /**
     * {@code size} images drawn without replacement (seeded) from the training split, normalised
     * with the training split's per-channel statistics.
     */
    public static MiniBatch fromTraining(DatasetSplits splits, int size, long seed) {
        ImageDataset train = splits.train();
        if (size > train.size()) {
            throw new IllegalArgumentException("a mini-batch of " + size + " images needs a training split that large, it has "
                    + train.size());
        }
        ImageTask task = new ImageTask(train.channels(), train.height(), train.width(), train.classes());
        Normalisation norm = Normalisation.fit(train);
        int[] order = new int[train.size()];
        java.util.Arrays.setAll(order, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        int plane = train.height() * train.width();
        float[] images = new float[size * task.pixels()];
        int[] labels = new int[size];
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            byte[] image = train.image(order[i]);
            for (int p = 0; p < image.length; p++) {
                images[i * task.pixels() + p] = norm.apply(p / plane, image[p] & 0xFF);
            }
            labels[i] = train.label(order[i]);
        }
        return new MiniBatch(task, images, labels, size + " training images");
    }

    private static double nextGaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * random.nextDouble());
    }

    public int size() {
        return labels.length;
    }

    /** SHA-256 (hex) of the images and labels, so a manifest pins the exact batch a proxy saw. */
    public String sha256() {
        ByteBuffer bytes = ByteBuffer.allocate(4 * (images.length + labels.length));
        bytes.asFloatBuffer().put(images);
        bytes.position(4 * images.length);
        bytes.asIntBuffer().put(labels);
        return Sha256.hex(bytes.array());
    }

    @Override
    public float[] images() {
        return images.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }
}
