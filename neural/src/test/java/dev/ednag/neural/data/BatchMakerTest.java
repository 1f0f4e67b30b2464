package dev.ednag.neural.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.ednag.neural.engine.NeuralEngine;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchMakerTest {

    private static final int H = 6;
    private static final int W = 5;

    /** Two 2-channel 6×5 images; every pixel distinct and non-zero: 1 + 60i + 30c + 5y + x. */
    private static final ImageDataset DATA = images();
    /** Maps pixel p in every channel to p exactly: mean 0, std 1/255. */
    private static final Normalisation RAW = new Normalisation(new double[] {0, 0}, new double[] {1 / 255.0, 1 / 255.0});

    private static ImageDataset images() {
        byte[] pixels = new byte[2 * 2 * H * W];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (1 + i);
        }
        return ImageDataset.of(2, H, W, pixels, new int[] {1, 0}, List.of("a", "b"));
    }

    private static float value(float[] batch, int image, int c, int y, int x) {
        return batch[((image * 2 + c) * H + y) * W + x];
    }

    private static float source(int image, int c, int y, int x) {
        return 1 + ((image * 2 + c) * H + y) * W + x;
    }

    @Test
    void withoutAugmentationGivesNormalisedPixelsInOrder() {
        Normalisation n = new Normalisation(new double[] {0.5, 0.25}, new double[] {0.5, 2});
        float[] batch = BatchMaker.forEvaluation(DATA, n).images(new int[] {1, 0}, 0, 2);
        assertEquals(2 * 2 * H * W, batch.length);
        assertEquals(n.apply(1, (int) source(1, 1, 2, 3)), value(batch, 0, 1, 2, 3), 1e-6);
        assertEquals(n.apply(0, (int) source(0, 0, 5, 4)), value(batch, 1, 0, 5, 4), 1e-6);
    }

    @Test
    void flipMirrorsEachRow() {
        Augmentation flipOnly = new Augmentation(0, true, 0);
        BatchMaker maker = new BatchMaker(DATA, RAW, flipOnly, 1);
        int flipped = 0;
        for (int draw = 0; draw < 20; draw++) {
            float[] batch = maker.images(new int[] {0}, 0, 1);
            boolean mirrored = value(batch, 0, 0, 0, 0) == source(0, 0, 0, W - 1);
            for (int c = 0; c < 2; c++) {
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        assertEquals(source(0, c, y, mirrored ? W - 1 - x : x), value(batch, 0, c, y, x), 1e-4);
                    }
                }
            }
            flipped += mirrored ? 1 : 0;
        }
        assertTrue(flipped > 3 && flipped < 17, "flips about half the time, got " + flipped + " of 20");
    }

    @Test
    void cropShiftsWithinThePaddingAndFillsBlack() {
        int pad = 2;
        BatchMaker maker = new BatchMaker(DATA, RAW, new Augmentation(pad, false, 0), 3);
        boolean sawShift = false;
        for (int draw = 0; draw < 20; draw++) {
            float[] batch = maker.images(new int[] {1}, 0, 1);
            int[] shift = findShift(batch, pad);
            sawShift |= shift[0] != 0 || shift[1] != 0;
        }
        assertTrue(sawShift);
    }

    /** The (dy, dx) in [-pad, pad]² that explains the whole cropped image, with zeros outside the source. */
    private static int[] findShift(float[] batch, int pad) {
        for (int dy = -pad; dy <= pad; dy++) {
            for (int dx = -pad; dx <= pad; dx++) {
                if (explains(batch, dy, dx)) {
                    return new int[] {dy, dx};
                }
            }
        }
        throw new AssertionError("no shift within the padding explains " + Arrays.toString(batch));
    }

    private static boolean explains(float[] batch, int dy, int dx) {
        for (int c = 0; c < 2; c++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int sy = y + dy;
                    int sx = x + dx;
                    float expected = sy >= 0 && sy < H && sx >= 0 && sx < W ? source(1, c, sy, sx) : 0;
                    if (Math.abs(expected - value(batch, 0, c, y, x)) > 1e-4) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Test
    void cutoutZeroesOneClippedSquareInEveryChannel() {
        BatchMaker maker = new BatchMaker(DATA, RAW, new Augmentation(0, false, 3), 9);
        boolean sawClipped = false;
        for (int draw = 0; draw < 30; draw++) {
            float[] batch = maker.images(new int[] {0}, 0, 1);
            int zeros = 0;
            int minY = H;
            int maxY = -1;
            int minX = W;
            int maxX = -1;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    boolean zero = value(batch, 0, 0, y, x) == 0;
                    assertEquals(zero, value(batch, 0, 1, y, x) == 0, "both channels cut alike");
                    if (zero) {
                        zeros++;
                        minY = Math.min(minY, y);
                        maxY = Math.max(maxY, y);
                        minX = Math.min(minX, x);
                        maxX = Math.max(maxX, x);
                    } else {
                        assertEquals(source(0, 0, y, x), value(batch, 0, 0, y, x), 1e-4);
                    }
                }
            }
            int height = maxY - minY + 1;
            int width = maxX - minX + 1;
            assertEquals(height * width, zeros, "a filled rectangle");
            assertTrue(height <= 3 && width <= 3 && height >= 2 && width >= 2, height + "×" + width);
            sawClipped |= zeros < 9;
        }
        assertTrue(sawClipped, "centres near the border clip the square");
    }

    @Test
    void sameSeedSameAugmentation() {
        Augmentation all = new Augmentation(2, true, 2);
        float[] first = new BatchMaker(DATA, RAW, all, 42).images(new int[] {0, 1, 0}, 0, 3);
        assertArrayEquals(first, new BatchMaker(DATA, RAW, all, 42).images(new int[] {0, 1, 0}, 0, 3));
        assertFalse(Arrays.equals(first, new BatchMaker(DATA, RAW, all, 43).images(new int[] {0, 1, 0}, 0, 3)));
    }

    @Test
    void makesFloatImagesAndLongLabels() {
        NeuralEngine.get();
        try (NDManager manager = NDManager.newBaseManager();
                LabelledBatch batch = BatchMaker.forEvaluation(DATA, RAW).batch(manager, new int[] {0, 1, 1}, 1, 3)) {
            assertEquals(new Shape(2, 2, H, W), batch.images().getShape());
            assertEquals(DataType.FLOAT32, batch.images().getDataType());
            assertEquals(DataType.INT64, batch.labels().getDataType());
            assertArrayEquals(new long[] {0, 0}, batch.labels().toLongArray());
            assertEquals(source(1, 1, 0, 0), batch.images().getFloat(1, 1, 0, 0), 1e-4);
            assertEquals(2, batch.size());
        }
    }

    @Test
    void rejectsBadRangesAndMismatchedNormalisation() {
        BatchMaker maker = BatchMaker.forEvaluation(DATA, RAW);
        assertEquals("batch range 2..2 is empty or outside 0..3", assertThrows(IllegalArgumentException.class,
                () -> maker.images(new int[] {0, 1, 0}, 2, 2)).getMessage());
        assertEquals("image index 5 is outside the 2 images", assertThrows(IllegalArgumentException.class,
                () -> maker.images(new int[] {5}, 0, 1)).getMessage());
        Normalisation grey = new Normalisation(new double[] {0}, new double[] {1});
        assertEquals("normalisation has 1 channels but the images have 2", assertThrows(IllegalArgumentException.class,
                () -> BatchMaker.forEvaluation(DATA, grey)).getMessage());
    }
}
