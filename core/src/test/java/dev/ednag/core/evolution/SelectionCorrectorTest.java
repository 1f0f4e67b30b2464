package dev.ednag.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Spec §5.3 and §10.1 item 15. */
class SelectionCorrectorTest {

    private static final int P = 30;
    private static final int DIM = 56;

    private static double[] genomes(SplittableRandom rnd) {
        double[] x = RowNormalizationTest.gaussian(rnd, 2 * P * DIM, 1.0);
        RowNormalization.apply(x, P, DIM, RowRange.MINUS_ONE_TO_ONE); // offspring normalised, parents raw
        return x;
    }

    private static double[] fitness(SplittableRandom rnd) {
        double[] f = new double[2 * P];
        for (int i = 0; i < f.length; i++) {
            // A few invalid genomes (0) and repeated values, as with a benchmark lookup.
            f[i] = rnd.nextDouble() < 0.2 ? 0.0 : 300 + rnd.nextInt(40) * 5.0;
        }
        return f;
    }

    @Test
    void truncatedGroupSizes() {
        SelectionCorrector benchmark = SelectionCorrector.reference(0.1, 0.2);
        assertEquals(3, benchmark.eliteCount(P));
        assertEquals(6, benchmark.diversityCount(P));
        SelectionCorrector meta = SelectionCorrector.reference(0.1, 0.3);
        assertEquals(9, meta.diversityCount(P));
        assertEquals(10, benchmark.eliteCount(100));
        assertEquals(20, benchmark.diversityCount(100));
    }

    @Test
    void bookkeepingForThirtyIndividuals() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int trial = 0; trial < 50; trial++) {
            double[] x = genomes(rnd);
            double[] f = fitness(rnd);
            Selection s = SelectionCorrector.reference(0.1, 0.2).selectGroups(x, f, P, DIM, new SplittableRandom(trial));
            assertEquals(3, s.elites().length);
            assertEquals(6, s.diverse().length);
            assertEquals(21, s.roulette().length);
            assertArrayEquals(EliteSelection.select(f, 3), s.elites());
            assertArrayEquals(DiversitySelection.select(DiversityScore.compute(x, 2 * P, DIM), f, 6), s.diverse());
            Set<Integer> kept = new HashSet<>();
            for (int i : s.elites()) {
                kept.add(i);
            }
            for (int i : s.diverse()) {
                kept.add(i);
            }
            Set<Integer> picks = new HashSet<>();
            for (int i : s.roulette()) {
                assertTrue(i >= 0 && i < 2 * P);
                assertFalse(kept.contains(i), "roulette pick " + i + " is an elite or diverse row");
                assertTrue(picks.add(i), "roulette pick " + i + " repeated");
            }
            int[] order = s.order();
            assertEquals(P, order.length);
            assertArrayEquals(s.elites(), java.util.Arrays.copyOfRange(order, 0, 3));
            assertArrayEquals(s.diverse(), java.util.Arrays.copyOfRange(order, 3, 9));
            assertArrayEquals(s.roulette(), java.util.Arrays.copyOfRange(order, 9, 30));
        }
    }

    @Test
    void selectIsTheGroupOrderAndDeterministicForASeed() {
        SplittableRandom rnd = new SplittableRandom(5);
        double[] x = genomes(rnd);
        double[] f = fitness(rnd);
        SelectionCorrector meta = SelectionCorrector.reference(0.1, 0.3);
        int[] a = meta.select(x, f, P, DIM, new SplittableRandom(9));
        int[] b = meta.selectGroups(x, f, P, DIM, new SplittableRandom(9)).order();
        assertArrayEquals(a, b);
        Selection s = meta.selectGroups(x, f, P, DIM, new SplittableRandom(9));
        assertEquals(3, s.elites().length);
        assertEquals(9, s.diverse().length);
        assertEquals(18, s.roulette().length);
    }

    @Test
    void eliteMayAlsoBePickedAsDiverseInTheReferenceOnly() {
        // Row 0 is far from all others and the fittest: both the top elite and the most diverse.
        SplittableRandom rnd = new SplittableRandom(23);
        double[] x = genomes(rnd);
        for (int d = 0; d < DIM; d++) {
            x[d] = 50.0;
        }
        double[] f = fitness(rnd);
        f[0] = 1000;
        Selection reference = SelectionCorrector.reference(0.1, 0.2).selectGroups(x, f, P, DIM, new SplittableRandom(1));
        assertEquals(0, reference.elites()[0]);
        assertEquals(0, reference.diverse()[0]);

        SelectionCorrector excluding = new SelectionCorrector(0.1, 0.2, RouletteMode.FORWARD_SCAN, true);
        Selection s = excluding.selectGroups(x, f, P, DIM, new SplittableRandom(1));
        Set<Integer> elites = new HashSet<>();
        for (int i : s.elites()) {
            elites.add(i);
        }
        for (int i : s.diverse()) {
            assertFalse(elites.contains(i), "diverse row " + i + " is an elite");
        }
    }

    @Test
    void renormalisedModeKeepsTheBookkeeping() {
        SplittableRandom rnd = new SplittableRandom(31);
        double[] x = genomes(rnd);
        double[] f = fitness(rnd);
        Selection s = new SelectionCorrector(0.1, 0.2, RouletteMode.RENORMALISED, false)
                .selectGroups(x, f, P, DIM, new SplittableRandom(2));
        Set<Integer> picks = new HashSet<>();
        for (int i : s.roulette()) {
            assertTrue(picks.add(i));
        }
        assertEquals(21, picks.size());
    }

    @Test
    void rejectsBadShapesAndRates() {
        double[] x = new double[2 * P * DIM];
        assertThrows(IllegalArgumentException.class,
                () -> SelectionCorrector.reference(0.1, 0.2).select(x, new double[P], P, DIM, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> SelectionCorrector.reference(0.6, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new SelectionCorrector(0.1, 0.2, null, false));
    }
}
