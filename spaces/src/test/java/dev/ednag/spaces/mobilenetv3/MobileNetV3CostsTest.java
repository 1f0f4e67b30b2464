package dev.ednag.spaces.mobilenetv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MobileNetV3CostsTest {

    /** MMRazor's OFA_SUBNET_NOTE8_LAT22: 4.3 M parameters, 70.9 M FLOPs at 140 pixels. */
    private static final String NOTE8_LAT22 =
            "3-3_3-3_none_none_5-3_5-3_none_none_7-4_3-3_none_none_5-3_3-4_none_none_3-6_7-6_none_none";

    /** MMRazor's OFA_SUBNET_NOTE8_LAT31: 4.6 M parameters, 105.4 M FLOPs at 152 pixels. */
    private static final String NOTE8_LAT31 =
            "5-3_3-3_none_none_5-4_5-3_none_none_3-4_3-4_5-4_none_3-4_5-3_7-4_none_3-6_3-3_5-3_5-3";

    private static final String LARGEST = repeat("7-6_7-6_7-6_7-6", 5);
    private static final String SMALLEST = repeat("3-3_3-3_none_none", 5);

    private final MobileNetV3Space space = MobileNetV3Space.instance();
    private final MobileNetV3Costs costs = MobileNetV3Costs.imagenet();

    /**
     * MMRazor publishes params rounded to 0.1 M, so ±0.05 M is all the check supports. Its FLOPs
     * come from a counter that also counts biases, BN, ReLU and pooling; adding those terms to the
     * multiply-accumulates must land within the same rounding.
     */
    @ParameterizedTest
    @CsvSource({
        NOTE8_LAT22 + ", 140, 4.3, 70.9",
        NOTE8_LAT31 + ", 152, 4.6, 105.4",
    })
    void matchesTheOfaSubnetsMmrazorPublishes(String key, int resolution, double params, double flops) {
        MobileNetV3Arch arch = space.parse(key);
        MobileNetV3Costs atResolution = MobileNetV3Costs.atResolution(resolution);
        assertEquals(params, atResolution.paramsMillions(arch), 0.05);
        double mmrazorFlops = (atResolution.multiplyAccumulates(arch) + MmrazorExtraOps.of(arch, resolution)) / 1e6;
        assertEquals(flops, mmrazorFlops, 0.05);
        // Without the extra terms the multiply-accumulates alone are clearly below the published FLOPs.
        assertTrue(atResolution.flopsMillions(arch) < flops - 3);
    }

    @Test
    void extremesOfTheSpaceBracketMobileNetV3Large() {
        MobileNetV3Arch largest = space.parse(LARGEST);
        MobileNetV3Arch smallest = space.parse(SMALLEST);
        // Exact counts of this model (pinned so a change to the formulas shows).
        assertEquals(7_664_760, costs.parameters(largest));
        assertEquals(566_170_656, costs.multiplyAccumulates(largest));
        assertEquals(3_410_792, costs.parameters(smallest));
        assertEquals(121_278_672, costs.multiplyAccumulates(smallest));
        // MobileNetV3-Large (5.4 M, 219 M MACs) is a different network but lies inside the range.
        assertTrue(costs.paramsMillions(smallest) < 5.4 && 5.4 < costs.paramsMillions(largest));
        assertTrue(costs.flopsMillions(smallest) < 219 && 219 < costs.flopsMillions(largest));
    }

    @Test
    void oneLaterLayerOfTheLastStageCostsWhatItsConvolutionsCost() {
        MobileNetV3Arch four = space.parse(LARGEST);
        MobileNetV3Arch three = space.parse(LARGEST.substring(0, LARGEST.length() - "7-6".length()) + "none");
        // 160 -> 960 expansion (+BN), 7x7 depthwise (+BN), SE 960 -> 240 -> 960 with biases, 960 -> 160 (+BN), 7x7 map
        long params = 160 * 960 + 2 * 960 + 960 * 49 + 2 * 960 + 960 * 240 + 240 + 240 * 960 + 960 + 960 * 160 + 2 * 160;
        long macs = 160 * 960 * 49 + 960 * 49 * 49 + 2 * 960 * 240 + 960 * 160 * 49;
        assertEquals(params, costs.parameters(four) - costs.parameters(three));
        assertEquals(macs, costs.multiplyAccumulates(four) - costs.multiplyAccumulates(three));
    }

    @Test
    void moreLayersLargerKernelsAndLargerExpansionsCostMore() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 500; trial++) {
            MobileNetV3Arch a = space.sample(random);
            int[] choices = space.choices(a);
            int slot = random.nextInt(20);
            MobileNetV3Op op = MobileNetV3Op.ofOrdinal(choices[slot]);
            if (!op.isLayer()) {
                choices[slot] = random.nextInt(MobileNetV3Op.LAYER_OPS); // one more layer
                assertGrows(a, space.fromChoices(choices));
                continue;
            }
            if (op.expand() < 6) {
                int[] wider = choices.clone();
                wider[slot] = op.ordinal() + 1; // same kernel, next expand ratio
                assertGrows(a, space.fromChoices(wider));
            }
            if (op.kernel() < 7) {
                int[] larger = choices.clone();
                larger[slot] = op.ordinal() + 3; // same expand ratio, next kernel
                assertGrows(a, space.fromChoices(larger));
            }
        }
    }

    private void assertGrows(MobileNetV3Arch smaller, MobileNetV3Arch larger) {
        assertTrue(costs.parameters(larger) > costs.parameters(smaller), smaller + " vs " + larger);
        assertTrue(costs.multiplyAccumulates(larger) > costs.multiplyAccumulates(smaller), smaller + " vs " + larger);
    }

    @ParameterizedTest
    @CsvSource({
        "18, 24", // 16 would lose more than 10 %, so it rounds up: SE on 72 channels squeezes to 24
        "30, 32",
        "36, 40",
        "60, 64",
        "168, 168",
        "4, 8",
    })
    void channelsRoundLikeTensorFlowMobileNet(int value, int rounded) {
        assertEquals(rounded, MobileNetV3Costs.makeDivisible(value));
    }

    @Test
    void resolutionChangesComputeButNotParameters() {
        MobileNetV3Arch arch = space.parse(NOTE8_LAT31);
        MobileNetV3Costs small = MobileNetV3Costs.atResolution(160);
        assertEquals(costs.parameters(arch), small.parameters(arch));
        assertTrue(small.multiplyAccumulates(arch) < costs.multiplyAccumulates(arch));
        assertSame(costs, MobileNetV3Costs.atResolution(224));
        assertEquals("3x224x224 input, 1000 classes (OFA MobileNetV3, width 1.0)", costs.input());
        assertEquals(160, small.resolution());
        assertThrows(IllegalArgumentException.class, () -> MobileNetV3Costs.atResolution(0));
    }

    @Test
    void acceptsAnyArchitectureWithAValidKey() {
        assertEquals(costs.parameters(space.parse(NOTE8_LAT22)), costs.parameters(() -> NOTE8_LAT22));
        assertThrows(IllegalArgumentException.class, () -> costs.parameters(() -> "resnet"));
    }

    private static String repeat(String stage, int times) {
        return String.join("_", java.util.Collections.nCopies(times, stage));
    }
}
