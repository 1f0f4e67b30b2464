package dev.ednag.spaces.autoformer;

import dev.ednag.core.space.Architecture;
import java.util.Objects;

/**
 * One vision transformer of an AutoFormer space: an embedding dimension shared by all layers, a
 * depth, and for each of those layers a head count and an MLP ratio. Layer slots beyond the depth
 * are not part of the architecture.
 *
 * <p>The key spells out the values: {@code e<embed>-d<depth>-h<heads per layer>-r<ratios per layer>},
 * e.g. {@code e192-d13-h3,3,…,3-r3.5,3.5,3,…,3.5}, ratios written {@code 3}, {@code 3.5} or
 * {@code 4}. Embedding dimensions of the three spaces are disjoint, so a key names one space.
 * Instances are immutable; equality is equality of keys.
 */
public final class AutoFormerArch implements Architecture {

    private final AutoFormerVariant variant;
    private final int embedIndex;
    private final int depthIndex;
    private final byte[] heads;
    private final byte[] ratios;
    private String key; // built on first use; a benign race, as String is immutable

    /** Takes the choice indices as they are; both arrays have one entry per layer of the depth. */
    AutoFormerArch(AutoFormerVariant variant, int embedIndex, int depthIndex, byte[] heads, byte[] ratios) {
        this.variant = variant;
        this.embedIndex = embedIndex;
        this.depthIndex = depthIndex;
        this.heads = heads;
        this.ratios = ratios;
    }

    /** The space this architecture belongs to. */
    public AutoFormerVariant variant() {
        return variant;
    }

    /** The embedding dimension of every layer. */
    public int embedDim() {
        return variant.embedDim(embedIndex);
    }

    /** The number of transformer layers. */
    public int depth() {
        return heads.length;
    }

    /** Attention heads of {@code layer} (0 ≤ layer &lt; depth); Q-K-V width is 64 per head. */
    public int heads(int layer) {
        return variant.headsAt(heads[Objects.checkIndex(layer, heads.length)]);
    }

    /** MLP ratio of {@code layer}: 3, 3.5 or 4. */
    public double mlpRatio(int layer) {
        return variant.ratioAt(ratios[Objects.checkIndex(layer, ratios.length)]);
    }

    /** Hidden width of {@code layer}'s MLP, {@code int(embed × ratio)} as the AutoFormer code takes it. */
    public int mlpHidden(int layer) {
        return (int) (embedDim() * mlpRatio(layer));
    }

    @Override
    public String key() {
        String k = key;
        if (k == null) {
            StringBuilder sb = new StringBuilder(16 + 8 * heads.length)
                    .append('e').append(embedDim()).append("-d").append(depth()).append("-h");
            for (int layer = 0; layer < heads.length; layer++) {
                sb.append(layer == 0 ? "" : ",").append(heads(layer));
            }
            sb.append("-r");
            for (int layer = 0; layer < ratios.length; layer++) {
                sb.append(layer == 0 ? "" : ",").append(variant.ratioToken(ratios[layer]));
            }
            k = sb.toString();
            key = k;
        }
        return k;
    }

    int embedIndex() {
        return embedIndex;
    }

    int depthIndex() {
        return depthIndex;
    }

    int headIndex(int layer) {
        return heads[layer];
    }

    int ratioIndex(int layer) {
        return ratios[layer];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AutoFormerArch arch && arch.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return key();
    }
}
