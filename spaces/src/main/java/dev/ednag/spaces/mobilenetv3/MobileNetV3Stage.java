package dev.ednag.spaces.mobilenetv3;

/**
 * The five searchable stages of the OFA MobileNetV3 supernet at width multiplier 1.0, as its
 * constructor builds them ({@code OFAMobileNetV3} in mit-han-lab/once-for-all: base stage widths
 * 16, 16, 24, 40, 80, 112, 160, 960, 1280; strides 1, 2, 2, 2, 1, 2; SE flags F, F, T, F, T, T;
 * activations relu, relu, relu, h_swish, h_swish, h_swish, where the first entry of each list is the
 * fixed first block). The first layer of a stage has the stage's stride; the others have stride 1.
 */
public enum MobileNetV3Stage {
    STAGE_1(24, 2, false, false),
    STAGE_2(40, 2, true, false),
    STAGE_3(80, 2, false, true),
    STAGE_4(112, 1, true, true),
    STAGE_5(160, 2, true, true);

    private static final MobileNetV3Stage[] VALUES = values();

    private final int outChannels;
    private final int firstStride;
    private final boolean squeezeExcite;
    private final boolean hardSwish;

    MobileNetV3Stage(int outChannels, int firstStride, boolean squeezeExcite, boolean hardSwish) {
        this.outChannels = outChannels;
        this.firstStride = firstStride;
        this.squeezeExcite = squeezeExcite;
        this.hardSwish = hardSwish;
    }

    /** Output channels of every layer in the stage. */
    public int outChannels() {
        return outChannels;
    }

    /** Stride of the stage's first layer. */
    public int firstStride() {
        return firstStride;
    }

    /** Whether each layer has a squeeze-and-excite module after its depthwise convolution. */
    public boolean squeezeExcite() {
        return squeezeExcite;
    }

    /** Whether the stage uses h-swish (else ReLU); it changes no parameter or multiply-accumulate count. */
    public boolean hardSwish() {
        return hardSwish;
    }

    /** The stage with index {@code index} (0..4). */
    public static MobileNetV3Stage of(int index) {
        return VALUES[index];
    }
}
