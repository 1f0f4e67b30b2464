package dev.ednag.spaces.mobilenetv3;

/**
 * The operations MMRazor's FLOPs counter counts on top of OFA's multiply-accumulates, so that the
 * FLOPs MMRazor publishes for OFA subnets can be compared with {@link MobileNetV3Costs}: its counter
 * adds 2 per BN input element, 1 per ReLU output element, 1 per pooled input element and 1 per
 * convolution or linear bias per output element; h-swish and h-sigmoid are not counted.
 */
final class MmrazorExtraOps {

    private MmrazorExtraOps() {
    }

    static long of(MobileNetV3Arch arch, int resolution) {
        int side = (resolution + 1) / 2;
        long ops = batchNorm(16, side); // first convolution; its h-swish is not counted
        ops += batchNorm(16, side) + elements(16, side) + batchNorm(16, side); // first block
        int in = 16;
        for (int s = 0; s < MobileNetV3Arch.STAGES; s++) {
            MobileNetV3Stage stage = MobileNetV3Stage.of(s);
            boolean relu = !stage.hardSwish();
            for (int i = 0; i < arch.depth(s); i++) {
                MobileNetV3Op op = arch.layer(s, i);
                int stride = i == 0 ? stage.firstStride() : 1;
                int outSide = (side + stride - 1) / stride;
                int mid = MobileNetV3Costs.middleChannels(in, op.expand());
                ops += batchNorm(mid, side) + (relu ? elements(mid, side) : 0); // expansion
                ops += batchNorm(mid, outSide) + (relu ? elements(mid, outSide) : 0); // depthwise
                if (stage.squeezeExcite()) {
                    int se = MobileNetV3Costs.squeezeChannels(mid);
                    ops += elements(mid, outSide) + se + mid + se; // pooling, two biases, ReLU
                }
                ops += batchNorm(stage.outChannels(), outSide); // projection
                in = stage.outChannels();
                side = outSide;
            }
        }
        ops += batchNorm(960, side) + elements(960, side); // final expansion, global pooling
        return ops + 1000; // classifier bias
    }

    private static long batchNorm(int channels, int side) {
        return 2 * elements(channels, side);
    }

    private static long elements(int channels, int side) {
        return (long) channels * side * side;
    }
}
