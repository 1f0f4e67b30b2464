package dev.ednag.neural.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetSplitsTest {

    /** {@code count} 1×1 images whose only pixel is the image's index (mod 256), so images can be traced; labels by {@code labelOf}. */
    static ImageDataset traced(int count, int classes, java.util.function.IntUnaryOperator labelOf) {
        byte[] pixels = new byte[count];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            pixels[i] = (byte) i;
            labels[i] = labelOf.applyAsInt(i);
        }
        return ImageDataset.of(1, 1, 1, pixels, labels, IdxReader.numberedClasses(classes));
    }

    private static Set<Integer> ids(ImageDataset data) {
        Set<Integer> ids = new HashSet<>();
        for (byte b : data.pixels()) {
            ids.add(b & 0xFF);
        }
        return ids;
    }

    @Test
    void validationIsAStratifiedSeededShareOfTrain() {
        // 150 images: class 0 has 100, class 1 has 50.
        ImageDataset train = traced(150, 2, i -> i < 100 ? 0 : 1);
        ImageDataset test = traced(10, 2, i -> i % 2);
        DatasetSplits splits = DatasetSplits.fromTrainTest(train, test, 0.2, 7);

        assertArrayEquals(new int[] {20, 10}, splits.validation().classCounts());
        assertArrayEquals(new int[] {80, 40}, splits.train().classCounts());
        assertEquals(test, splits.test());
        Set<Integer> trainIds = ids(splits.train());
        Set<Integer> validationIds = ids(splits.validation());
        assertEquals(120, trainIds.size());
        Set<Integer> overlap = new HashSet<>(ids(splits.train()));
        overlap.retainAll(validationIds);
        assertEquals(Set.of(), overlap, "no image is in both splits");

        assertEquals(validationIds, ids(DatasetSplits.fromTrainTest(train, test, 0.2, 7).validation()), "same seed");
        assertFalse(validationIds.equals(ids(DatasetSplits.fromTrainTest(train, test, 0.2, 8).validation())),
                "another seed");
    }

    @Test
    void singleSetIsCutIntoThreeDisjointStratifiedSplits() {
        ImageDataset all = traced(200, 4, i -> i % 4);
        DatasetSplits splits = DatasetSplits.fromSingle(all, 0.1, 0.2, 3);
        assertArrayEquals(new int[] {35, 35, 35, 35}, splits.train().classCounts());
        assertArrayEquals(new int[] {5, 5, 5, 5}, splits.validation().classCounts());
        assertArrayEquals(new int[] {10, 10, 10, 10}, splits.test().classCounts());
        Set<Integer> union = new HashSet<>(ids(splits.train()));
        union.addAll(ids(splits.validation()));
        union.addAll(ids(splits.test()));
        assertEquals(200, union.size(), "every image in exactly one split");
    }

    @Test
    void limitTakesStratifiedSamplesAndZeroMeansAll() {
        ImageDataset all = traced(200, 4, i -> i % 4);
        DatasetSplits splits = DatasetSplits.fromSingle(all, 0.1, 0.2, 3);
        DatasetSplits small = splits.limit(20, 0, 6, 1);
        assertArrayEquals(new int[] {5, 5, 5, 5}, small.train().classCounts());
        assertEquals(splits.validation(), small.validation());
        assertEquals(6, small.test().size());
        assertEquals(ids(small.train()), ids(splits.limit(20, 0, 6, 1).train()));
        assertEquals(splits.train(), splits.limit(500, 0, 0, 1).train(), "a maximum above the size keeps the split");
    }

    @Test
    void rejectsBadFractionsAndEmptySplits() {
        ImageDataset all = traced(20, 2, i -> i % 2);
        assertEquals("validation fraction must be in (0, 1), got 0.0", assertThrows(IllegalArgumentException.class,
                () -> DatasetSplits.fromTrainTest(all, all, 0, 1)).getMessage());
        assertEquals("test fraction must be in (0, 1), got 1.0", assertThrows(IllegalArgumentException.class,
                () -> DatasetSplits.fromSingle(all, 0.1, 1, 1)).getMessage());
        assertEquals("validation fraction 0.5 and test fraction 0.5 leave no training images",
                assertThrows(IllegalArgumentException.class, () -> DatasetSplits.fromSingle(all, 0.5, 0.5, 1)).getMessage());
        assertEquals("the validation split has no images", assertThrows(IllegalArgumentException.class,
                () -> DatasetSplits.fromTrainTest(all, all, 0.01, 1)).getMessage());
        assertEquals("maximum test images must be 0 (all) or more, got -1", assertThrows(IllegalArgumentException.class,
                () -> DatasetSplits.fromTrainTest(all, all, 0.5, 1).limit(0, 0, -1, 1)).getMessage());
    }

    @Test
    void splitsMustShareShapeAndClasses() {
        ImageDataset twoClasses = traced(4, 2, i -> i % 2);
        ImageDataset threeClasses = traced(4, 3, i -> i % 3);
        String message = assertThrows(IllegalArgumentException.class,
                () -> new DatasetSplits(twoClasses, twoClasses, threeClasses)).getMessage();
        assertEquals("the splits must share image shape and classes: train has 4 images of 1×1×1 in 2 classes,"
                + " validation 4 images of 1×1×1 in 2 classes, test 4 images of 1×1×1 in 3 classes", message);
    }

    @Test
    void quotasUseLargestRemainders() {
        // 10 of 7+2+1: exact shares 7, 2, 1.
        assertArrayEquals(new int[] {7, 2, 1}, StratifiedSampler.quotas(new int[] {7, 2, 1}, 10, 10));
        // 3 of 7+2+1: shares 2.1, 0.6, 0.3 → 2 + the largest remainder (class 1).
        assertArrayEquals(new int[] {2, 1, 0}, StratifiedSampler.quotas(new int[] {7, 2, 1}, 3, 10));
        // Ties go to the lower class: 1 of 1+1.
        assertArrayEquals(new int[] {1, 0}, StratifiedSampler.quotas(new int[] {1, 1}, 1, 2));
        assertEquals(List.of(0, 0, 0), Arrays.stream(StratifiedSampler.quotas(new int[] {3, 3, 3}, 0, 9)).boxed().toList());
    }
}
