package dev.ednag.spaces.autoformer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AutoFormerCostsTest {

    private final AutoFormerCosts costs = AutoFormerCosts.instance();

    /** Exact counts of the searched models, pinned so a change to the formulas shows. */
    @ParameterizedTest
    @CsvSource({
        "TINY, 5867944, 1283236352",
        "SMALL, 22891432, 4773931776",
        "BASE, 53691688, 11045397248",
    })
    void countsOfTheSearchedModels(AutoFormerVariant variant, long params, long macs) {
        AutoFormerArch model = AutoFormerSpace.of(variant).publishedModel();
        assertEquals(params, costs.parameters(model));
        assertEquals(macs, costs.multiplyAccumulates(model));
    }

    /**
     * The paper gives 22.9 M and 53.7 M parameters for AutoFormer-S and -B, rounded to 0.1 M: the
     * counts match to that rounding, and would not without the relative position tables.
     */
    @ParameterizedTest
    @CsvSource({"SMALL, 22.9", "BASE, 53.7"})
    void smallAndBaseParametersMatchThePaper(AutoFormerVariant variant, double published) {
        AutoFormerArch model = AutoFormerSpace.of(variant).publishedModel();
        assertEquals(published, costs.paramsMillions(model), 0.05);
        double withoutRelativePositions = costs.paramsMillions(model) - model.depth() * 7_680 / 1e6;
        assertTrue(Math.abs(withoutRelativePositions - published) > 0.1);
    }

    /**
     * AutoFormer-T: the paper says 5.7 M; its released configuration counts 5.868 M here and with
     * AutoFormer's own counter alike, so the 2.9 % gap is the paper's, pinned rather than hidden.
     */
    @Test
    void tinyParametersAreAboveThePaperByAKnownGap() {
        double params = costs.paramsMillions(AutoFormerSpace.tiny().publishedModel());
        assertEquals(0.168, params - 5.7, 0.001);
    }

    /**
     * The paper's FLOPs: 1.3 G (tiny, one decimal) and 11 G (base, integer) match to their rounding;
     * small's 5.1 G is 6.4 % above the 4.774 G counted here (AutoFormer's own counter gives 4.89 G).
     */
    @Test
    void multiplyAccumulatesAgainstThePaper() {
        assertEquals(1.3, costs.flopsMillions(AutoFormerSpace.tiny().publishedModel()) / 1e3, 0.05);
        assertEquals(11, costs.flopsMillions(AutoFormerSpace.base().publishedModel()) / 1e3, 0.5);
        double small = costs.flopsMillions(AutoFormerSpace.small().publishedModel()) / 1e3;
        assertEquals(-0.064, small / 5.1 - 1, 0.001);
    }

    @Test
    void oneLayerCostsWhatItsLinearLayersAndAttentionCost() {
        AutoFormerSpace tiny = AutoFormerSpace.tiny();
        int[] choices = tiny.choices(tiny.publishedModel()); // embed 192, depth 13
        choices[2 + 13] = 1; // slot 13: 4 heads
        choices[2 + 14 + 13] = 2; // slot 13: MLP ratio 4
        AutoFormerArch thirteen = tiny.fromChoices(choices);
        choices[1] = 2; // depth 14 adds exactly that layer
        AutoFormerArch fourteen = tiny.fromChoices(choices);
        long e = 192;
        long q = 4 * 64;
        long h = 768;
        long params = 2 * e + (e * 3 * q + 3 * q) + (q * e + e) + 2 * e + (e * h + h) + (h * e + e) + 4 * 30 * 64;
        long macs = 197 * (e * 3 * q + q * e + e * h + h * e) + 2 * 197 * 197 * q;
        assertEquals(params, costs.parameters(fourteen) - costs.parameters(thirteen));
        assertEquals(macs, costs.multiplyAccumulates(fourteen) - costs.multiplyAccumulates(thirteen));
    }

    @ParameterizedTest
    @EnumSource(AutoFormerVariant.class)
    void largerChoicesCostMore(AutoFormerVariant variant) {
        AutoFormerSpace space = AutoFormerSpace.of(variant);
        int maxDepth = space.shape().rows() - 2;
        int[] counts = space.choiceCounts();
        SplittableRandom random = new SplittableRandom(4);
        for (int trial = 0; trial < 300; trial++) {
            AutoFormerArch a = space.sample(random);
            int[] choices = space.choices(a);
            int layer = random.nextInt(a.depth());
            int[] positions = {0, 1, 2 + layer, 2 + maxDepth + layer}; // embed, depth, heads, ratio
            for (int position : positions) {
                if (choices[position] + 1 < counts[position]) {
                    int[] larger = choices.clone();
                    larger[position]++;
                    AutoFormerArch b = space.fromChoices(larger);
                    assertTrue(costs.parameters(b) > costs.parameters(a), a + " vs " + b);
                    assertTrue(costs.multiplyAccumulates(b) > costs.multiplyAccumulates(a), a + " vs " + b);
                }
            }
        }
    }

    @Test
    void acceptsKeysOfAnyAutoFormerSpace() {
        String base = AutoFormerVariant.BASE.publishedKey();
        assertEquals(costs.parameters(AutoFormerSpace.base().publishedModel()), costs.parameters(() -> base));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> costs.parameters(() -> "vit"));
        assertTrue(e.getMessage().contains("any AutoFormer space"), e.getMessage());
        assertEquals("3x224x224 input, 16x16 patches, 1000 classes (AutoFormer ViT with relative positions)",
                costs.input());
    }
}
