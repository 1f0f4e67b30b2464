package dev.ednag.spaces.mobilenetv3;

import static dev.ednag.spaces.mobilenetv3.MobileNetV3Arch.SLOTS_PER_STAGE;
import static dev.ednag.spaces.mobilenetv3.MobileNetV3Arch.STAGES;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CostModel;
import java.util.Objects;

/**
 * Parameters and multiply-accumulates of an OFA MobileNetV3 subnet (width multiplier 1.0, 1000
 * ImageNet classes), counted the way OFA's own {@code profile} counter does.
 *
 * <p><b>The network</b> ({@code OFAMobileNetV3} in mit-han-lab/once-for-all, read from its public
 * source): a 3×3 stride-2 convolution 3→16 with BN and h-swish; a fixed first block, a depthwise
 * 3×3 16→16 with BN and ReLU then a 1×1 16→16 projection with BN (expand ratio 1, so no expansion
 * convolution); the searched stages of {@link MobileNetV3Stage}; a 1×1 160→960 convolution with BN;
 * global average pooling; a 1×1 960→1280 "feature mix" convolution with neither bias nor BN; and a
 * linear 1280→1000 classifier with bias. A searched layer is a 1×1 expansion to {@code mid} channels
 * with BN, a k×k depthwise convolution with BN, in SE stages a squeeze-and-excite module (1×1
 * {@code mid}→{@code se} and {@code se}→{@code mid} convolutions, both with bias), and a 1×1
 * projection with BN. All other convolutions have no bias. {@code mid = makeDivisible(round(in·e), 8)}
 * and {@code se = makeDivisible(mid / 4, 8)} (integer division), where {@code makeDivisible} is the
 * TensorFlow MobileNet rule OFA copies: round to the nearest multiple of 8, at least 8, and add 8
 * when that lost more than 10 %. So an SE module on 72 channels squeezes to 24, not 16. Padding is
 * "same", so a stride-2 layer maps a side of {@code n} pixels to {@code ⌈n/2⌉}.
 *
 * <p><b>Parameters</b>: every convolution and linear weight, every bias that exists, and BN's γ and β
 * (not its running statistics). <b>Multiply-accumulates</b>: convolutions
 * ({@code in·k²·out/groups} per output pixel, SE's 1×1 convolutions included at 1×1 pixels) and the
 * classifier ({@code in·out}); biases, BN, activations, pooling, the SE rescaling and residual adds
 * count nothing, as in OFA's counter.
 *
 * <p><b>Checked against published numbers</b> (see the tests): the two OFA MobileNetV3 subnets that
 * MMRazor publishes (OFA_SUBNET_NOTE8_LAT22 and _LAT31) have 4.3 M and 4.6 M parameters; this model
 * gives 4.305 M and 4.596 M. Their published 70.9 M and 105.4 M FLOPs (at 140 and 152 pixels) are
 * MMRazor's counter, which also counts biases, BN, ReLU and pooling; this model's 67.2 M and 100.5 M
 * multiply-accumulates plus those extra terms give 70.9 M and 105.4 M. At 224 pixels the space runs
 * from 3.41 M parameters / 121 M MACs (all stages 2 × 3-3) to 7.66 M / 566 M (all 4 × 7-6); the
 * hand-designed MobileNetV3-Large (5.4 M, 219 M) is a different network but lies in that range.
 *
 * <p>Every layer's cost depends only on its stage, whether it is the stage's first layer, and its op,
 * so the counts are table look-ups. Instances are immutable and thread-safe.
 */
public final class MobileNetV3Costs implements CostModel {

    /** ImageNet classes of the classifier. */
    public static final int CLASSES = 1000;

    /** The resolution OFA's published ImageNet numbers and this space's default costs assume. */
    public static final int DEFAULT_RESOLUTION = 224;

    private static final int STEM_CHANNELS = 16;
    private static final int FINAL_EXPAND_CHANNELS = 960;
    private static final int FEATURE_MIX_CHANNELS = 1280;
    private static final int CHANNEL_DIVISOR = 8;
    private static final int SE_REDUCTION = 4;
    private static final int FIRST = 0;
    private static final int LATER = 1;

    private static final MobileNetV3Costs IMAGENET = new MobileNetV3Costs(DEFAULT_RESOLUTION);

    private final int resolution;
    private final long fixedParams;
    private final long fixedMacs;
    private final long[][][] layerParams = new long[STAGES][2][MobileNetV3Op.LAYER_OPS];
    private final long[][][] layerMacs = new long[STAGES][2][MobileNetV3Op.LAYER_OPS];

    private MobileNetV3Costs(int resolution) {
        this.resolution = resolution;
        int side = outSide(resolution, 2);
        long params = conv(3, STEM_CHANNELS, 3, 1) + batchNorm(STEM_CHANNELS);
        long macs = conv(3, STEM_CHANNELS, 3, 1) * pixels(side);
        // first block: depthwise 3x3 and 1x1 projection, stride 1, no expansion, no SE
        params += conv(STEM_CHANNELS, STEM_CHANNELS, 3, STEM_CHANNELS) + batchNorm(STEM_CHANNELS)
                + conv(STEM_CHANNELS, STEM_CHANNELS, 1, 1) + batchNorm(STEM_CHANNELS);
        macs += (conv(STEM_CHANNELS, STEM_CHANNELS, 3, STEM_CHANNELS) + conv(STEM_CHANNELS, STEM_CHANNELS, 1, 1))
                * pixels(side);
        int in = STEM_CHANNELS;
        for (int s = 0; s < STAGES; s++) {
            MobileNetV3Stage stage = MobileNetV3Stage.of(s);
            int firstOut = outSide(side, stage.firstStride());
            for (int op = 0; op < MobileNetV3Op.LAYER_OPS; op++) {
                MobileNetV3Op layer = MobileNetV3Op.ofOrdinal(op);
                layerParams[s][FIRST][op] = layerParams(in, stage, layer);
                layerMacs[s][FIRST][op] = layerMacs(in, stage, layer, side, firstOut);
                layerParams[s][LATER][op] = layerParams(stage.outChannels(), stage, layer);
                layerMacs[s][LATER][op] = layerMacs(stage.outChannels(), stage, layer, firstOut, firstOut);
            }
            in = stage.outChannels();
            side = firstOut;
        }
        params += conv(in, FINAL_EXPAND_CHANNELS, 1, 1) + batchNorm(FINAL_EXPAND_CHANNELS)
                + conv(FINAL_EXPAND_CHANNELS, FEATURE_MIX_CHANNELS, 1, 1)
                + (long) FEATURE_MIX_CHANNELS * CLASSES + CLASSES;
        macs += conv(in, FINAL_EXPAND_CHANNELS, 1, 1) * pixels(side)
                + conv(FINAL_EXPAND_CHANNELS, FEATURE_MIX_CHANNELS, 1, 1) // after global pooling: 1x1 pixels
                + (long) FEATURE_MIX_CHANNELS * CLASSES;
        this.fixedParams = params;
        this.fixedMacs = macs;
    }

    /** The costs at OFA's ImageNet resolution, 224×224. */
    public static MobileNetV3Costs imagenet() {
        return IMAGENET;
    }

    /**
     * The costs for square inputs of {@code resolution} pixels a side (OFA's elastic resolution
     * runs 128..224); parameters do not depend on it.
     *
     * @throws IllegalArgumentException when {@code resolution} is not positive
     */
    public static MobileNetV3Costs atResolution(int resolution) {
        if (resolution <= 0) {
            throw new IllegalArgumentException("input resolution must be positive, got " + resolution);
        }
        return resolution == DEFAULT_RESOLUTION ? IMAGENET : new MobileNetV3Costs(resolution);
    }

    /** Input side in pixels. */
    public int resolution() {
        return resolution;
    }

    @Override
    public double paramsMillions(Architecture architecture) {
        return parameters(architecture) / 1e6;
    }

    @Override
    public double flopsMillions(Architecture architecture) {
        return multiplyAccumulates(architecture) / 1e6;
    }

    @Override
    public String input() {
        return "3x" + resolution + "x" + resolution + " input, " + CLASSES + " classes (OFA MobileNetV3, width 1.0)";
    }

    /** Exact trainable parameters of {@code architecture}. */
    public long parameters(Architecture architecture) {
        return fixedParams + sumLayers(asArch(architecture), layerParams);
    }

    /** Exact multiply-accumulates of {@code architecture} for one input. */
    public long multiplyAccumulates(Architecture architecture) {
        return fixedMacs + sumLayers(asArch(architecture), layerMacs);
    }

    private static long sumLayers(MobileNetV3Arch arch, long[][][] table) {
        long total = 0;
        for (int stage = 0; stage < STAGES; stage++) {
            for (int i = 0; i < SLOTS_PER_STAGE; i++) {
                int op = arch.ordinal(stage * SLOTS_PER_STAGE + i);
                if (op == MobileNetV3Op.NONE.ordinal()) {
                    break; // canonical: the stage's layers come first
                }
                total += table[stage][i == 0 ? FIRST : LATER][op];
            }
        }
        return total;
    }

    private static MobileNetV3Arch asArch(Architecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        return architecture instanceof MobileNetV3Arch arch ? arch : MobileNetV3Space.instance().parse(architecture.key());
    }

    private static long layerParams(int in, MobileNetV3Stage stage, MobileNetV3Op op) {
        int mid = middleChannels(in, op.expand());
        int out = stage.outChannels();
        long params = conv(in, mid, 1, 1) + batchNorm(mid)
                + conv(mid, mid, op.kernel(), mid) + batchNorm(mid)
                + conv(mid, out, 1, 1) + batchNorm(out);
        if (stage.squeezeExcite()) {
            int se = squeezeChannels(mid);
            params += conv(mid, se, 1, 1) + se + conv(se, mid, 1, 1) + mid;
        }
        return params;
    }

    private static long layerMacs(int in, MobileNetV3Stage stage, MobileNetV3Op op, int inSide, int outSide) {
        int mid = middleChannels(in, op.expand());
        long macs = conv(in, mid, 1, 1) * pixels(inSide)
                + conv(mid, mid, op.kernel(), mid) * pixels(outSide)
                + conv(mid, stage.outChannels(), 1, 1) * pixels(outSide);
        if (stage.squeezeExcite()) {
            int se = squeezeChannels(mid);
            macs += conv(mid, se, 1, 1) + conv(se, mid, 1, 1); // on the pooled 1x1 map
        }
        return macs;
    }

    /** Weights of a convolution, which are also its multiply-accumulates per output pixel. */
    private static long conv(int in, int out, int kernel, int groups) {
        return (long) in / groups * kernel * kernel * out;
    }

    private static long batchNorm(int channels) {
        return 2L * channels;
    }

    private static long pixels(int side) {
        return (long) side * side;
    }

    private static int outSide(int side, int stride) {
        return (side + stride - 1) / stride;
    }

    static int middleChannels(int in, int expand) {
        return makeDivisible(in * expand);
    }

    static int squeezeChannels(int middle) {
        return makeDivisible(middle / SE_REDUCTION);
    }

    /** TensorFlow MobileNet's channel rounding, as OFA uses it with divisor 8. */
    static int makeDivisible(double value) {
        int rounded = Math.max(CHANNEL_DIVISOR, (int) (value + CHANNEL_DIVISOR / 2.0) / CHANNEL_DIVISOR * CHANNEL_DIVISOR);
        return rounded < 0.9 * value ? rounded + CHANNEL_DIVISOR : rounded;
    }
}
