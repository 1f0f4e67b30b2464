package dev.ednag.neural.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NaswotTest {

    @Test
    void theScoreIsTheLogOfTheKernelsDeterminant() {
        assertEquals(Math.log(8), Naswot.logAbsDeterminant(new double[][] {{3, 1}, {1, 3}}), 1e-12);
        assertEquals(Math.log(6 * 5 * 4), Naswot.logAbsDeterminant(new double[][] {{6, 0, 0}, {0, 5, 0}, {0, 0, 4}}),
                1e-12);
    }

    @Test
    void imagesTheNetworkCannotTellApartScoreLower() {
        double distinct = Naswot.logAbsDeterminant(new double[][] {{10, 2}, {2, 10}});
        double alike = Naswot.logAbsDeterminant(new double[][] {{10, 9}, {9, 10}});
        assertTrue(alike < distinct);
    }

    @Test
    void twoImagesWithTheSameCodesMakeItUndefined() {
        assertTrue(Double.isNaN(Naswot.logAbsDeterminant(new double[][] {{4, 4, 1}, {4, 4, 1}, {1, 1, 4}})));
    }
}
