package dev.ednag.continuous;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomProjectionTest {

    @Test
    void rowsHaveUnitLength() {
        RandomProjection w = RandomProjection.draw(3, 256, new SplittableRandom(5));
        for (int r = 0; r < 3; r++) {
            double norm2 = 0.0;
            for (int c = 0; c < 256; c++) {
                norm2 += w.weight(r, c) * w.weight(r, c);
            }
            assertEquals(1.0, norm2, 1e-12);
        }
    }

    @Test
    void projectsEachPointOntoEachRow() {
        RandomProjection w = RandomProjection.draw(2, 3, new SplittableRandom(1));
        double[] x = {1, 0, 0, 0, 2, -1};
        double[] z = w.project(x, 2);
        assertArrayEquals(new double[] {
            w.weight(0, 0), w.weight(1, 0),
            2 * w.weight(0, 1) - w.weight(0, 2), 2 * w.weight(1, 1) - w.weight(1, 2)}, z, 1e-15);
    }

    @Test
    void sameStreamSameProjection() {
        double[] x = {0.3, -1.2, 2.0, 0.5};
        assertArrayEquals(RandomProjection.draw(2, 4, new SplittableRandom(9)).project(x, 1),
                RandomProjection.draw(2, 4, new SplittableRandom(9)).project(x, 1), 0.0);
    }

    @Test
    void rejectsEmptyDimensions() {
        assertThrows(IllegalArgumentException.class, () -> RandomProjection.draw(0, 4, new SplittableRandom(1)));
    }
}
