package dev.ednag.neural.train;

import dev.ednag.neural.data.DatasetSplits;
import dev.ednag.neural.data.ImageDataset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Grey 12×12 pictures of a bright bar on a noisy background, one class per orientation
 * (horizontal, vertical, diagonal, anti-diagonal) at a random position: easy for a small
 * convolutional network, impossible to guess.
 */
final class SyntheticImages {

    static final int SIZE = 12;
    static final List<String> CLASSES = List.of("horizontal", "vertical", "diagonal", "anti-diagonal");

    private SyntheticImages() {
    }

    static ImageDataset bars(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] pixels = new byte[count * SIZE * SIZE];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            int label = i % CLASSES.size();
            labels[i] = label;
            int offset = random.nextInt(-3, 4);
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    boolean bar = switch (label) {
                        case 0 -> y == SIZE / 2 + offset;
                        case 1 -> x == SIZE / 2 + offset;
                        case 2 -> x - y == offset;
                        default -> x + y == SIZE - 1 + offset;
                    };
                    int value = (bar ? 200 : 30) + random.nextInt(-25, 26);
                    pixels[i * SIZE * SIZE + y * SIZE + x] = (byte) value;
                }
            }
        }
        return ImageDataset.of(1, SIZE, SIZE, pixels, labels, CLASSES);
    }

    /** {@code train} training images (a tenth of them held out for validation) and {@code test} test images. */
    static DatasetSplits splits(int train, int test, long seed) {
        return DatasetSplits.fromTrainTest(bars(train, seed), bars(test, seed + 1), 0.1, seed);
    }
}
