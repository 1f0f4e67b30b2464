package dev.ednag.spaces.autoformer;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CostModel;
import java.util.Objects;

/**
 * Parameters and multiply-accumulates of an AutoFormer subnet on 224×224 ImageNet (16×16 patches,
 * so 196 patches plus a class token, 1000 classes), as the released AutoFormer models are built:
 * they were trained and evaluated with {@code --relative_position} (and {@code --gp}, global pooling
 * of the patch tokens, which adds nothing to either count).
 *
 * <p><b>Parameters</b> (the sum AutoFormer's own {@code get_sampled_params_numel} takes):
 * <ul>
 *   <li>patch embedding, a 16×16 stride-16 convolution 3→E with bias: {@code 768·E + E};
 *   <li>class token {@code E} and absolute position embedding {@code 197·E};
 *   <li>per layer with {@code q = 64·heads} and {@code h = int(E·ratio)}: two LayerNorms
 *       {@code 2·2E}; Q-K-V linear {@code E·3q + 3q} (with bias); projection {@code q·E + E};
 *       MLP {@code E·h + h} and {@code h·E + E}; relative position tables for keys and for values,
 *       each a vertical and a horizontal table of {@code (2·14+2) × 64}: {@code 4·30·64 = 7,680};
 *   <li>final LayerNorm {@code 2E} and classifier {@code E·1000 + 1000}.
 * </ul>
 *
 * <p><b>Multiply-accumulates</b>: the patch embedding ({@code 196·768·E}), every linear layer over
 * the 197 tokens, the attention products {@code Q·Kᵀ} and {@code A·V} ({@code 2·197²·q} per layer)
 * and the classifier on one pooled vector ({@code E·1000}). Not counted: biases, LayerNorm, softmax,
 * GELU, residual adds, and the relative-position products, which would add another
 * {@code 2·197²·q} per layer (AutoFormer's own complexity counter adds only a small term for them).
 *
 * <p><b>Checked against the paper</b> (see the tests): the searched AutoFormer-T/S/B give
 * 5.868 M / 22.891 M / 53.692 M parameters against the published 5.7 M / 22.9 M / 53.7 M, and
 * 1.283 / 4.774 / 11.045 G multiply-accumulates against 1.3 / 5.1 / 11 GFLOPs. Small and base match
 * to the published rounding (and only with the relative position tables); tiny is 2.9 % above and
 * small's FLOPs 6.4 % below the paper. AutoFormer's own formulas ({@code get_sampled_params_numel},
 * {@code get_complexity}) applied to the released configs give the same tiny parameters and 4.89 G
 * for small, so those gaps lie between the paper and its released configs, not in the counting.
 *
 * <p>Stateless and thread-safe.
 */
public final class AutoFormerCosts implements CostModel {

    /** ImageNet classes of the classifier. */
    public static final int CLASSES = 1000;

    /** Patches of a 224×224 image cut into 16×16 patches. */
    public static final int PATCHES = 196;

    /** Tokens the transformer layers see: the patches and the class token. */
    public static final int TOKENS = PATCHES + 1;

    /** Width of every attention head. */
    public static final int HEAD_DIM = 64;

    private static final int PATCH_INPUTS = 3 * 16 * 16;
    private static final int MAX_RELATIVE_POSITION = 14;
    private static final int RELATIVE_POSITION_PARAMS = 4 * (2 * MAX_RELATIVE_POSITION + 2) * HEAD_DIM;

    private static final AutoFormerCosts INSTANCE = new AutoFormerCosts();

    private AutoFormerCosts() {
    }

    /** The shared instance; the counts are the same model for all three spaces. */
    public static AutoFormerCosts instance() {
        return INSTANCE;
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
        return "3x224x224 input, 16x16 patches, " + CLASSES + " classes (AutoFormer ViT with relative positions)";
    }

    /** Exact trainable parameters of {@code architecture}. */
    public long parameters(Architecture architecture) {
        AutoFormerArch arch = asArch(architecture);
        long e = arch.embedDim();
        long params = PATCH_INPUTS * e + e + e + (long) TOKENS * e;
        for (int layer = 0; layer < arch.depth(); layer++) {
            long q = (long) HEAD_DIM * arch.heads(layer);
            long hidden = arch.mlpHidden(layer);
            params += 2 * e + e * 3 * q + 3 * q + q * e + e
                    + 2 * e + e * hidden + hidden + hidden * e + e
                    + RELATIVE_POSITION_PARAMS;
        }
        return params + 2 * e + e * CLASSES + CLASSES;
    }

    /** Exact multiply-accumulates of {@code architecture} for one image. */
    public long multiplyAccumulates(Architecture architecture) {
        AutoFormerArch arch = asArch(architecture);
        long e = arch.embedDim();
        long macs = (long) PATCHES * PATCH_INPUTS * e;
        for (int layer = 0; layer < arch.depth(); layer++) {
            long q = (long) HEAD_DIM * arch.heads(layer);
            long hidden = arch.mlpHidden(layer);
            macs += TOKENS * (e * 3 * q + q * e + 2 * e * hidden) + 2L * TOKENS * TOKENS * q;
        }
        return macs + e * CLASSES;
    }

    private static AutoFormerArch asArch(Architecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        if (architecture instanceof AutoFormerArch arch) {
            return arch;
        }
        for (AutoFormerVariant variant : AutoFormerVariant.values()) {
            try {
                return AutoFormerSpace.of(variant).parse(architecture.key());
            } catch (IllegalArgumentException notThisSpace) {
                // embedding dimensions are disjoint: at most one space reads the key
            }
        }
        throw new IllegalArgumentException("'" + architecture.key() + "' is not an architecture of any AutoFormer space");
    }
}
