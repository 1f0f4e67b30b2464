package dev.ednag.spaces.tnb101;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.Neighbourhood;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Tnb101MacroSpaceTest {

    private static final int D = 30;

    private final Tnb101MacroSpace space = Tnb101MacroSpace.instance();

    @Test
    void describesItself() {
        assertEquals("tnb101-macro", space.name());
        assertEquals(6, space.shape().rows());
        assertEquals(5, space.shape().cols());
        assertEquals(3_256, space.size());
        assertSame(space.skeletons(), space.enumerate().orElseThrow());
    }

    @Test
    void enumerationHasExactly3256DistinctSkeletonsThatFollowTheRule() {
        List<Tnb101MacroSkeleton> all = space.skeletons();
        assertEquals(3_256, all.size());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Tnb101MacroSkeleton s = all.get(i);
            assertEquals(i, s.index());
            assertTrue(keys.add(s.key()), s.key());
            assertTrue(s.key().matches("64-[1-4]{4,6}-basic"), s.key());
            int down = 0;
            int channels = 0;
            for (char c : s.key().substring(3, 3 + s.length()).toCharArray()) {
                down += c == '3' || c == '4' ? 1 : 0;
                channels += c == '2' || c == '4' ? 1 : 0;
            }
            assertTrue(down >= 1 && down <= 4 && channels >= 1 && channels <= 3, s.key());
        }
        assertEquals(3_256, countByBruteForce());
    }

    /** An independent count over all digit strings of length 4..6. */
    private static int countByBruteForce() {
        int count = 0;
        for (int length = 4; length <= 6; length++) {
            for (int n = 0; n < 1 << (2 * length); n++) {
                int down = 0;
                int channels = 0;
                for (int i = 0; i < length; i++) {
                    int digit = ((n >> (2 * i)) & 3) + 1;
                    down += digit >= 3 ? 1 : 0;
                    channels += digit % 2 == 0 ? 1 : 0;
                }
                count += down >= 1 && down <= 4 && channels >= 1 && channels <= 3 ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void encodeDecodeParseAndChoicesRoundTripForEverySkeleton() {
        double[] genomes = new double[3 * D];
        for (Tnb101MacroSkeleton s : space.skeletons()) {
            space.encode(s, genomes, D);
            assertSame(s, space.decode(genomes, D), s.key());
            assertSame(s, space.parse(s.key()));
            assertSame(s, space.fromChoices(space.choices(s)));
        }
    }

    @Test
    void encodingPutsDigitsFirstAndEmptySlotsLast() {
        double[] g = new double[D];
        Arrays.fill(g, 3.0);
        Tnb101MacroSkeleton s = space.parse("64-1234-basic");
        space.encode(s, g, 0);
        double[] expected = new double[D];
        int[] columns = {1, 2, 3, 4, 0, 0};
        for (int row = 0; row < 6; row++) {
            expected[row * 5 + columns[row]] = 1;
        }
        assertArrayEquals(expected, g);
        assertArrayEquals(new int[] {1, 2, 3, 4, 0, 0}, space.choices(s));
        assertEquals(List.of(Tnb101MacroModule.NORMAL, Tnb101MacroModule.DOUBLE_CHANNELS,
                Tnb101MacroModule.HALVE_RESOLUTION, Tnb101MacroModule.DOUBLE_CHANNELS_HALVE_RESOLUTION), s.modules());
    }

    @Test
    void emptySlotsAnywhereAreDropped() {
        double[] canonical = new double[D];
        space.encode(space.parse("64-1123-basic"), canonical, 0);
        assertSame(space.decode(canonical, 0), space.decode(genome(1, 0, 1, 0, 2, 3), 0));
        assertSame(space.decode(canonical, 0), space.decode(genome(0, 0, 1, 1, 2, 3), 0));
        assertEquals("64-1123-basic", space.decode(genome(1, 0, 1, 0, 2, 3), 0).key());
        assertSame(space.parse("64-1123-basic"), space.fromChoices(new int[] {0, 1, 0, 1, 2, 3}));
    }

    /** A one-hot genome with these six slot columns. */
    private static double[] genome(int... columns) {
        double[] g = new double[D];
        for (int row = 0; row < 6; row++) {
            g[row * 5 + columns[row]] = 1.0;
        }
        return g;
    }

    @Test
    void sequencesOutsideTheRuleDecodeToNull() {
        assertNull(space.decode(genome(1, 2, 3, 0, 0, 0), 0)); // 3 modules
        assertNull(space.decode(genome(0, 0, 0, 0, 0, 0), 0)); // no module at all
        assertNull(space.decode(genome(1, 1, 2, 2, 1, 1), 0)); // no downsampling
        assertNull(space.decode(genome(1, 1, 3, 3, 1, 1), 0)); // no channel doubling
        assertNull(space.decode(genome(2, 2, 2, 4, 0, 0), 0)); // 4 channel doublings
        assertNull(space.decode(genome(3, 3, 3, 3, 3, 2), 0)); // 5 downsamplings
        assertNull(space.fromChoices(new int[] {1, 2, 3, 0, 0, 0}));
        assertNotNull(space.decode(genome(3, 3, 3, 4, 1, 1), 0)); // 4 downsamplings is the most allowed
    }

    @Test
    void sevenModulesCannotBeSpelledButParseRejectsThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> space.parse("64-1111123-basic"));
        assertTrue(e.getMessage().contains("it has 7 modules"), e.getMessage());
    }

    @Test
    void tiesGoToTheEmptySlotAndNanIsTheMaximum() {
        double[] g = genome(1, 1, 1, 3, 2, 3);
        g[5 * 5 + 1] = 1.0; // row 5 ties between 1 and 3: the first (1) wins
        assertEquals("64-111321-basic", space.decode(g, 0).key());
        g = genome(1, 1, 2, 3, 0, 0);
        g[4 * 5 + 2] = Double.NaN; // a NaN beats the 1 of the empty column
        assertEquals("64-11232-basic", space.decode(g, 0).key());
        g[4 * 5] = Double.NaN; // the first NaN wins: back to empty
        assertEquals("64-1123-basic", space.decode(g, 0).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "\"\";it is empty",
        "64-41414-3_33_313;it must start with '64-' and end with '-basic'",
        "64-1105-basic;module 2 is '0', not a digit 1..4",
        "64-123-basic;it has 3 modules",
        "64-111111-basic;it halves the resolution 0 times",
        "64-222231-basic;it doubles the channels 4 times",
    })
    void parseExplainsWhatIsWrong(String key, String detail) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> space.parse(key));
        assertTrue(e.getMessage().startsWith("'" + key + "' is not a tnb101-macro architecture: " + detail
                + "; expected 64-<4 to 6 digits 1..4>-basic"), e.getMessage());
        assertTrue(e.getMessage().contains("1 to 4 of them halving the resolution"), e.getMessage());
    }

    @Test
    void everyValidNeighbourDiffersFromItsSkeleton() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            Tnb101MacroSkeleton s = space.sample(random);
            List<Architecture> neighbours = Neighbourhood.of(space, s);
            assertTrue(!neighbours.isEmpty(), s.key());
            for (Architecture n : neighbours) {
                assertTrue(!n.equals(s), s.key());
            }
        }
    }

    @Test
    void sampleCoversEveryLength() {
        int[] byLength = new int[7];
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 20_000; i++) {
            byLength[space.sample(random).length()]++;
        }
        long[] expected = new long[7];
        for (Tnb101MacroSkeleton s : space.skeletons()) {
            expected[s.length()]++;
        }
        for (int length = 4; length <= 6; length++) {
            double p = expected[length] / 3256.0;
            double sd = Math.sqrt(20_000 * p * (1 - p));
            assertTrue(Math.abs(byLength[length] - 20_000 * p) < 5 * sd, Arrays.toString(byLength));
        }
    }

    @Test
    void encodeAcceptsAnyArchitectureWithAValidKeyAndModulesAreChecked() {
        double[] g = new double[D];
        space.encode(() -> "64-4441-basic", g, 0);
        assertEquals("64-4441-basic", space.decode(g, 0).key());
        assertThrows(IllegalArgumentException.class, () -> space.encode(() -> "64-41414-0_00_000", g, 0));
        assertThrows(IllegalArgumentException.class, () -> Tnb101MacroModule.ofCode(0));
        assertTrue(Tnb101MacroModule.DOUBLE_CHANNELS_HALVE_RESOLUTION.doublesChannels());
        assertTrue(Tnb101MacroModule.DOUBLE_CHANNELS_HALVE_RESOLUTION.halvesResolution());
    }
}
