package dev.ednag.spaces.autoformer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CostModel;
import dev.ednag.core.space.Neighbourhood;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AutoFormerSpaceTest {

    private static final String TINY_KEY = AutoFormerVariant.TINY.publishedKey();

    private final AutoFormerSpace tiny = AutoFormerSpace.tiny();

    @ParameterizedTest
    @CsvSource({
        "TINY, autoformer-tiny, 16, 5, 280804921344, 2.8e11",
        "SMALL, autoformer-small, 16, 6, 77103263459313, 7.7e13",
        "BASE, autoformer-base, 18, 6, 6245364340204353, 6.2e15",
    })
    void describesItself(AutoFormerVariant variant, String name, int rows, int cols, long size, String approx) {
        AutoFormerSpace space = AutoFormerSpace.of(variant);
        assertEquals(name, space.name());
        assertEquals(name, space.toString());
        assertEquals(rows, space.shape().rows());
        assertEquals(cols, space.shape().cols());
        assertEquals(size, space.size());
        assertTrue(space.description().contains(approx + " architectures"), space.description());
        assertTrue(space.enumerate().isEmpty());
        int maxDepth = rows - 2;
        int[] counts = space.choiceCounts();
        assertEquals(2 + 2 * maxDepth, counts.length);
        assertEquals(3, counts[0]);
        assertEquals(3, counts[1]);
        assertEquals(variant.heads().length, counts[2]);
        assertEquals(3, counts[counts.length - 1]);
        assertSame(space, AutoFormerSpace.of(variant));
        assertSame(variant, space.variant());
    }

    @Test
    void tinyDescriptionSpellsOutTheChoices() {
        assertEquals("AutoFormer-tiny vision transformers: embed 192/216/240, depth 12-14, per layer 3/4 heads"
                + " x MLP ratio 3/3.5/4 = 2.8e11 architectures, 16x5 genome", tiny.description());
    }

    @ParameterizedTest
    @EnumSource(AutoFormerVariant.class)
    void tenThousandSamplesSurviveEveryRoundTrip(AutoFormerVariant variant) {
        AutoFormerSpace space = AutoFormerSpace.of(variant);
        CostModel costs = space.costs().orElseThrow();
        SplittableRandom random = new SplittableRandom(variant.ordinal());
        int d = space.shape().length();
        double[] genomes = new double[3 * d];
        for (int i = 0; i < 10_000; i++) {
            AutoFormerArch a = space.sample(random);
            space.encode(a, genomes, d); // the middle genome: offsets must be honoured
            assertEquals(a, space.decode(genomes, d));
            assertEquals(a, space.parse(a.key()));
            assertEquals(a.key(), space.parse(a.key()).key());
            assertEquals(a, space.fromChoices(space.choices(a)));
            assertTrue(costs.paramsMillions(a) > 0);
            assertTrue(costs.flopsMillions(a) > 0);
        }
    }

    @Test
    void samplingWeighsDepthsByTheirNumberOfArchitectures() {
        SplittableRandom random = new SplittableRandom(2);
        int[] counts = new int[15];
        int draws = 10_000;
        for (int i = 0; i < draws; i++) {
            counts[tiny.sample(random).depth()]++;
        }
        // 6 options per layer: depths 12, 13, 14 hold 6^12, 6^13, 6^14 architectures, i.e. 1 : 6 : 36.
        assertEquals(1 / 43.0, counts[12] / (double) draws, 0.008);
        assertEquals(6 / 43.0, counts[13] / (double) draws, 0.015);
        assertEquals(36 / 43.0, counts[14] / (double) draws, 0.015);
    }

    @Test
    void encodingIsOneHotPerGroupAndLeavesUnusedSlotsZero() {
        AutoFormerArch a = tiny.parse(TINY_KEY);
        double[] g = new double[80];
        Arrays.fill(g, 7.0); // stale values must be cleared
        tiny.encode(a, g, 0);
        double[] expected = new double[80];
        expected[0] = 1; // embed 192
        expected[5 + 1] = 1; // depth 13
        int[] heads = {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3};
        double[] ratios = {3.5, 3.5, 3, 3.5, 3, 3, 4, 4, 3.5, 4, 3.5, 4, 3.5};
        for (int layer = 0; layer < 13; layer++) {
            int row = (2 + layer) * 5;
            expected[row + heads[layer] - 3] = 1;
            expected[row + 2 + (int) ((ratios[layer] - 3) * 2)] = 1;
        }
        assertArrayEquals(expected, g); // row 15 (slot 13, beyond the depth) stays all zero
    }

    @ParameterizedTest
    @EnumSource(AutoFormerVariant.class)
    void everyGenomeDecodesAndIgnoredEntriesDoNotMatter(AutoFormerVariant variant) {
        AutoFormerSpace space = AutoFormerSpace.of(variant);
        int cols = space.shape().cols();
        SplittableRandom random = new SplittableRandom(9);
        double[] g = new double[space.shape().length()];
        for (int trial = 0; trial < 200; trial++) {
            for (int i = 0; i < g.length; i++) {
                g[i] = random.nextGaussian();
            }
            AutoFormerArch a = space.decode(g, 0);
            assertNotNull(a);
            // Scribble over everything decoding must not read: columns past each row's groups and rows past the depth.
            for (int c = 3; c < cols; c++) {
                g[c] = 100;
                g[cols + c] = Double.NaN;
            }
            int used = variant.heads().length + 3;
            for (int row = 2; row < space.shape().rows(); row++) {
                for (int c = 0; c < cols; c++) {
                    if (row - 2 >= a.depth() || c >= used) {
                        g[row * cols + c] = random.nextBoolean() ? Double.NaN : 1e9;
                    }
                }
            }
            assertEquals(a, space.decode(g, 0));
        }
    }

    @Test
    void tiesGoToTheFirstColumnOfAGroupAndNanCountsAsTheMaximum() {
        double[] g = new double[80];
        tiny.encode(tiny.parse(TINY_KEY), g, 0);
        g[2 * 5 + 1] = 1.0; // slot 0: heads 3 and 4 tie -> 3
        g[2 * 5 + 4] = 1.0; // slot 0: ratios 3.5 and 4 tie -> 3.5
        AutoFormerArch tied = tiny.decode(g, 0);
        assertEquals(3, tied.heads(0));
        assertEquals(3.5, tied.mlpRatio(0));
        g[2 * 5 + 4] = Double.NaN; // ratio 4 now wins
        g[0 * 5 + 2] = Double.NaN; // embed 240 wins
        g[1 * 5 + 0] = Double.NaN; // depth 12 wins: the first NaN of the group
        g[1 * 5 + 2] = Double.NaN;
        AutoFormerArch a = tiny.decode(g, 0);
        assertEquals(4.0, a.mlpRatio(0));
        assertEquals(240, a.embedDim());
        assertEquals(12, a.depth());
    }

    @Test
    void fromChoicesIgnoresSlotsBeyondTheDepth() {
        AutoFormerArch a = tiny.parse(TINY_KEY); // depth 13 of at most 14
        int[] choices = tiny.choices(a);
        assertEquals(0, choices[2 + 13]); // heads of slot 13
        assertEquals(0, choices[2 + 14 + 13]); // ratio of slot 13
        choices[2 + 13] = 1;
        choices[2 + 14 + 13] = 2;
        assertEquals(a, tiny.fromChoices(choices));
        choices[1] = 2; // depth 14: the slot now counts
        AutoFormerArch deeper = tiny.fromChoices(choices);
        assertEquals(14, deeper.depth());
        assertEquals(4, deeper.heads(13));
        assertEquals(4.0, deeper.mlpRatio(13));
        choices[1] = 0; // depth 12: slot 12 and beyond are cut in one step
        assertEquals(12, tiny.fromChoices(choices).depth());
        assertThrows(IllegalArgumentException.class, () -> tiny.fromChoices(new int[3]));
        int[] outOfRange = tiny.choices(a);
        outOfRange[2] = 2; // tiny has two head counts
        assertThrows(IllegalArgumentException.class, () -> tiny.fromChoices(outOfRange));
    }

    @Test
    void neighbourhoodLeavesOutChangesBeyondTheDepthThatLeadBackToTheArchitecture() {
        AutoFormerArch shallow = tiny.parse(TINY_KEY); // depth 13: slot 13 is unused
        List<Architecture> neighbours = Neighbourhood.of(tiny, shallow);
        assertTrue(neighbours.stream().noneMatch(shallow::equals));
        assertEquals(neighbours.size(), new java.util.HashSet<>(neighbours).size(), "no neighbour twice");
        int total = 2 + 2 + 14 * 1 + 14 * 2; // every option of every position but the current one
        // one other head count and two other ratios of the unused slot name the architecture itself
        assertEquals(total - 3, neighbours.size());
        AutoFormerArch full = tiny.fromChoices(withDepthIndex(tiny.choices(shallow), 2));
        assertTrue(Neighbourhood.of(tiny, full).stream().noneMatch(full::equals));
    }

    @Test
    void parseIsStrictAndSaysWhatIsWrong() {
        assertEquals(TINY_KEY, tiny.parse(TINY_KEY).key());
        assertEquals(192, tiny.parse(TINY_KEY).embedDim());
        assertEquals(13, tiny.parse(TINY_KEY).depth());
        assertMessage("e200-d13", "is not of the form");
        assertMessage(TINY_KEY.replace("e192", "e200"), "embedding dimension '200' is not one of [192, 216, 240]");
        assertMessage(TINY_KEY.replace("d13", "d15"), "depth '15' is not one of [12, 13, 14]");
        assertMessage(TINY_KEY.replace("d13", "d12"), "depth 12 needs 12 head counts and 12 MLP ratios, found 13 and 13");
        assertMessage(TINY_KEY.replace("h3,", "h5,"), "layer 1 has '5' heads, not one of [3, 4]");
        assertMessage(TINY_KEY.replace("r3.5,", "r3.0,"), "layer 1 has MLP ratio '3.0', not one of 3, 3.5, 4");
        assertMessage(TINY_KEY.replace("e192", "e0192"), "the same architecture is '" + TINY_KEY + "'");
        assertMessage(TINY_KEY.replace("e192", "e+192"), "embedding dimension '+192'");
        assertMessage(AutoFormerVariant.SMALL.publishedKey(), "embedding dimension '384' is not one of");
        assertThrows(IllegalArgumentException.class, () -> tiny.parse(TINY_KEY + " "));
    }

    private void assertMessage(String key, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tiny.parse(key));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("autoformer-tiny"), e.getMessage());
    }

    @Test
    void encodeAcceptsForeignArchitecturesOfThisSpaceOnly() {
        double[] g = new double[80];
        tiny.encode(() -> TINY_KEY, g, 0);
        assertEquals(TINY_KEY, tiny.decode(g, 0).key());
        AutoFormerArch small = AutoFormerSpace.small().publishedModel();
        assertThrows(IllegalArgumentException.class, () -> tiny.encode(small, g, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> tiny.decode(g, 1));
    }

    @ParameterizedTest
    @EnumSource(AutoFormerVariant.class)
    void publishedModelsBelongToTheirSpaces(AutoFormerVariant variant) {
        AutoFormerSpace space = AutoFormerSpace.of(variant);
        AutoFormerArch published = space.publishedModel();
        assertEquals(variant.publishedKey(), published.key());
        assertSame(variant, published.variant());
        for (AutoFormerVariant other : AutoFormerVariant.values()) {
            if (other != variant) {
                assertThrows(IllegalArgumentException.class, () -> AutoFormerSpace.of(other).parse(published.key()));
            }
        }
    }

    @Test
    void architecturesAreEqualExactlyWhenKeysAre() {
        AutoFormerArch a = tiny.parse(TINY_KEY);
        AutoFormerArch b = tiny.fromChoices(tiny.choices(a));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(TINY_KEY, a.toString());
        int[] changed = tiny.choices(a);
        changed[2] = 1;
        assertNotEquals(a, tiny.fromChoices(changed));
        assertEquals(672, a.mlpHidden(0)); // 192 x 3.5
        assertThrows(IndexOutOfBoundsException.class, () -> a.heads(13));
    }

    private static int[] withDepthIndex(int[] choices, int depthIndex) {
        choices[1] = depthIndex;
        return choices;
    }
}
