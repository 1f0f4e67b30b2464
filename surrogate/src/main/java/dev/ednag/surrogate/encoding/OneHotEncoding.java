package dev.ednag.surrogate.encoding;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.SampledSpace;
import dev.ednag.core.space.SearchSpace;
import java.util.Arrays;
import java.util.Objects;

/**
 * The plain encoding every space has: one indicator per (position, option) of a
 * {@link CategoricalSpace}, so {@code Σ choiceCounts()} features with exactly one 1 per position; it is
 * injective, unlike the path encodings. Position p's options take the features from
 * {@code choiceCounts[0] + … + choiceCounts[p-1]} on, in option order.
 *
 * <p>A {@link SampledSpace} is not categorical itself, but its members are the underlying space's
 * architectures, so it is encoded as the underlying space is (any architecture of that space is
 * accepted, member or not). A space with no categorical view, sampled or not, falls back to its own
 * canonical genome ({@link SearchSpace#encode}, {@code shape().length()} features).
 *
 * <p>Immutable and thread-safe. {@link #encode} allocates nothing for NAS-Bench-201 and
 * TransNAS-Bench-101 micro cells, which are read directly, nor for genomes; other categorical spaces
 * are read through {@link CategoricalSpace#choices}, which returns one small array per call.
 */
public final class OneHotEncoding implements Encoding {

    /** The name used on the command line and in manifests. */
    public static final String NAME = "onehot";

    private final SearchSpace space;
    /** The categorical view, or null to write the genome of {@link #space}. */
    private final CategoricalSpace categorical;
    /** The 4-node cell read without allocating, or null. */
    private final FourNodeCell cell;
    /** The first feature of each position of {@link #categorical}. */
    private final int[] positionOffsets;
    private final int dimension;

    private OneHotEncoding(SearchSpace space) {
        this.space = space;
        SearchSpace view = space;
        while (view instanceof SampledSpace sampled) {
            view = sampled.underlying();
        }
        this.categorical = view instanceof CategoricalSpace c ? c : null;
        this.cell = FourNodeCell.of(view);
        if (categorical == null) {
            this.positionOffsets = new int[0];
            this.dimension = space.shape().length();
        } else {
            int[] counts = categorical.choiceCounts();
            this.positionOffsets = new int[counts.length];
            int total = 0;
            for (int position = 0; position < counts.length; position++) {
                positionOffsets[position] = total;
                total = Math.addExact(total, counts[position]);
            }
            this.dimension = total;
        }
    }

    /** The one-hot encoding of {@code space}'s architectures. */
    public static OneHotEncoding of(SearchSpace space) {
        return new OneHotEncoding(Objects.requireNonNull(space, "space"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Whether the features are indicators of choices; false when they are the space's genome. */
    public boolean categorical() {
        return categorical != null;
    }

    /**
     * Writes the indicators (or the genome, see the class comment).
     *
     * @throws IllegalArgumentException when {@code architecture} is not of the encoded space
     */
    @Override
    public void encode(Architecture architecture, double[] out, int offset) {
        if (cell != null) {
            int index = cell.index(architecture, "the one-hot encoding");
            Objects.checkFromIndexSize(offset, dimension, out.length);
            Arrays.fill(out, offset, offset + dimension, 0.0);
            for (int edge = 0; edge < FourNodeCell.EDGES; edge++) {
                out[offset + positionOffsets[edge] + cell.op(index, edge)] = 1.0;
            }
        } else if (categorical != null) {
            int[] choices = choicesOf(architecture);
            Objects.checkFromIndexSize(offset, dimension, out.length);
            Arrays.fill(out, offset, offset + dimension, 0.0);
            for (int position = 0; position < choices.length; position++) {
                out[offset + positionOffsets[position] + choices[position]] = 1.0;
            }
        } else {
            Objects.checkFromIndexSize(offset, dimension, out.length);
            try {
                space.encode(Objects.requireNonNull(architecture, "architecture"), out, offset);
            } catch (IllegalArgumentException e) {
                throw wrongArchitecture(architecture, e);
            }
        }
    }

    private int[] choicesOf(Architecture architecture) {
        try {
            return categorical.choices(Objects.requireNonNull(architecture, "architecture"));
        } catch (IllegalArgumentException e) {
            throw wrongArchitecture(architecture, e);
        }
    }

    private IllegalArgumentException wrongArchitecture(Architecture architecture, IllegalArgumentException cause) {
        return new IllegalArgumentException("the one-hot encoding of " + space.name() + " cannot encode "
                + Encodings.describe(architecture) + ": " + cause.getMessage(), cause);
    }

    @Override
    public String toString() {
        return NAME + " encoding of " + space.name() + " (" + dimension + " features)";
    }
}
