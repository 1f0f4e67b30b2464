package dev.ednag.neural.data;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Turns runs of image indices into normalised float batches, augmenting in Java before the array
 * is made (so augmentation costs no native calls). The random draws come from one seeded
 * {@link SplittableRandom} in a fixed order per image (crop offsets, flip, cutout centre), so a
 * training run is reproducible from its seed. Not thread-safe: one maker per training run.
 */
public final class BatchMaker {

    private final ImageDataset data;
    private final Augmentation augmentation;
    private final SplittableRandom random;
    private final float[] scale;
    private final float[] offset;

    /**
     * @param seed where the augmentation's random draws start; unused without augmentation
     * @throws IllegalArgumentException when the normalisation has a different number of channels
     */
    public BatchMaker(ImageDataset data, Normalisation normalisation, Augmentation augmentation, long seed) {
        this.data = Objects.requireNonNull(data, "data");
        this.augmentation = Objects.requireNonNull(augmentation, "augmentation");
        if (normalisation.channels() != data.channels()) {
            throw new IllegalArgumentException("normalisation has " + normalisation.channels() + " channels but the images have "
                    + data.channels());
        }
        this.random = new SplittableRandom(seed);
        // (p/255 - mean)/std as one multiply-add per pixel.
        scale = new float[data.channels()];
        offset = new float[data.channels()];
        double[] mean = normalisation.mean();
        double[] std = normalisation.std();
        for (int c = 0; c < scale.length; c++) {
            scale[c] = (float) (1 / (255 * std[c]));
            offset[c] = (float) (-mean[c] / std[c]);
        }
    }

    /** A maker without augmentation, for evaluation. */
    public static BatchMaker forEvaluation(ImageDataset data, Normalisation normalisation) {
        return new BatchMaker(data, normalisation, Augmentation.none(), 0);
    }

    public ImageDataset data() {
        return data;
    }

    /**
     * The images {@code order[from] … order[to-1]} as a batch in {@code manager}.
     *
     * @throws IllegalArgumentException when the range is empty or outside {@code order}
     */
    public LabelledBatch batch(NDManager manager, int[] order, int from, int to) {
        float[] images = images(order, from, to);
        long[] labels = new long[to - from];
        for (int i = from; i < to; i++) {
            labels[i - from] = data.label(order[i]);
        }
        Shape shape = new Shape(to - from, data.channels(), data.height(), data.width());
        return new LabelledBatch(manager.create(images, shape), manager.create(labels));
    }

    /** The normalised, augmented pixels of {@code order[from] … order[to-1]}, B×C×H×W. */
    float[] images(int[] order, int from, int to) {
        if (from < 0 || to > order.length || from >= to) {
            throw new IllegalArgumentException("batch range " + from + ".." + to + " is empty or outside 0.."
                    + order.length);
        }
        int bytes = data.imageBytes();
        float[] out = new float[(to - from) * bytes];
        for (int i = from; i < to; i++) {
            int image = order[i];
            if (image < 0 || image >= data.size()) {
                throw new IllegalArgumentException("image index " + image + " is outside the " + data.size() + " images");
            }
            writeImage(image, out, (i - from) * bytes);
        }
        return out;
    }

    private void writeImage(int image, float[] out, int start) {
        int h = data.height();
        int w = data.width();
        int pad = augmentation.cropPadding();
        int shiftY = pad > 0 ? random.nextInt(2 * pad + 1) - pad : 0;
        int shiftX = pad > 0 ? random.nextInt(2 * pad + 1) - pad : 0;
        boolean flip = augmentation.horizontalFlip() && random.nextBoolean();
        byte[] pixels = data.pixelsUnsafe();
        int source = image * data.imageBytes();
        for (int c = 0; c < data.channels(); c++) {
            int plane = c * h * w;
            // Padding is black before normalisation, as when a padded picture is cropped.
            float black = offset[c];
            for (int y = 0; y < h; y++) {
                int sy = y + shiftY;
                for (int x = 0; x < w; x++) {
                    int sx = (flip ? w - 1 - x : x) + shiftX;
                    boolean inside = sy >= 0 && sy < h && sx >= 0 && sx < w;
                    out[start + plane + y * w + x] = inside
                            ? (pixels[source + plane + sy * w + sx] & 0xFF) * scale[c] + offset[c]
                            : black;
                }
            }
        }
        if (augmentation.cutoutSize() > 0) {
            cutout(out, start, random.nextInt(h), random.nextInt(w));
        }
    }

    private void cutout(float[] out, int start, int centreY, int centreX) {
        int h = data.height();
        int w = data.width();
        int half = augmentation.cutoutSize() / 2;
        int y0 = Math.max(0, centreY - half);
        int y1 = Math.min(h, centreY - half + augmentation.cutoutSize());
        int x0 = Math.max(0, centreX - half);
        int x1 = Math.min(w, centreX - half + augmentation.cutoutSize());
        for (int c = 0; c < data.channels(); c++) {
            for (int y = y0; y < y1; y++) {
                int row = start + (c * h + y) * w;
                Arrays.fill(out, row + x0, row + x1, 0f);
            }
        }
    }
}
