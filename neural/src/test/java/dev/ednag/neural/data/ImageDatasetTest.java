package dev.ednag.neural.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageDatasetTest {

    /** Three 2-channel 1×2 images; image i has bytes 10i, 10i+1, 10i+2, 10i+3. */
    private static ImageDataset three() {
        byte[] pixels = new byte[12];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (10 * (i / 4) + i % 4);
        }
        return ImageDataset.of(2, 1, 2, pixels, new int[] {1, 0, 1}, List.of("cat", "dog"));
    }

    @Test
    void subsetKeepsOrderRepeatsAndClasses() {
        ImageDataset subset = three().subset(new int[] {2, 0, 2});
        assertEquals(3, subset.size());
        assertArrayEquals(new int[] {1, 1, 1}, subset.labels());
        assertArrayEquals(new byte[] {20, 21, 22, 23}, subset.image(0));
        assertArrayEquals(new byte[] {0, 1, 2, 3}, subset.image(1));
        assertEquals(List.of("cat", "dog"), subset.classNames());
        assertTrue(subset.compatibleWith(three()));
    }

    @Test
    void isImmutable() {
        byte[] pixels = new byte[4];
        int[] labels = {0};
        ImageDataset data = ImageDataset.of(1, 2, 2, pixels, labels, List.of("x"));
        pixels[0] = 9;
        labels[0] = 5;
        data.pixels()[1] = 9;
        data.labels()[0] = 5;
        data.image(0)[2] = 9;
        assertArrayEquals(new byte[4], data.pixels());
        assertEquals(0, data.label(0));
    }

    @Test
    void countsClassesIncludingEmptyOnes() {
        ImageDataset data = ImageDataset.of(1, 1, 1, new byte[3], new int[] {2, 2, 0}, List.of("a", "b", "c"));
        assertArrayEquals(new int[] {1, 0, 2}, data.classCounts());
        assertEquals(3, data.classes());
    }

    @Test
    void rejectsInconsistentInput() {
        assertEquals("2 images of 1×2×2 need 8 pixel bytes, got 7", assertThrows(IllegalArgumentException.class,
                () -> ImageDataset.of(1, 2, 2, new byte[7], new int[2], List.of("a"))).getMessage());
        assertEquals("label 3 of image 1 is outside the 2 classes", assertThrows(IllegalArgumentException.class,
                () -> ImageDataset.of(1, 1, 1, new byte[2], new int[] {0, 3}, List.of("a", "b"))).getMessage());
        assertEquals("subset index 3 is outside the 3 images", assertThrows(IllegalArgumentException.class,
                () -> three().subset(new int[] {0, 3})).getMessage());
    }

    @Test
    void compatibilityNeedsShapeAndClassNames() {
        ImageDataset grey = ImageDataset.of(1, 1, 2, new byte[2], new int[1], List.of("cat", "dog"));
        ImageDataset renamed = ImageDataset.of(2, 1, 2, new byte[4], new int[1], List.of("cat", "cow"));
        assertFalse(three().compatibleWith(grey));
        assertFalse(three().compatibleWith(renamed));
    }
}
