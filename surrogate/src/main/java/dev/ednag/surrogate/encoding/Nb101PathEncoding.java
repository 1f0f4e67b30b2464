package dev.ednag.surrogate.encoding;

import dev.ednag.core.space.Architecture;
import dev.ednag.spaces.nb101.Nb101Cell;
import java.util.Arrays;
import java.util.Objects;

/**
 * The path encoding of BANANAS (White et al., AAAI 2021) for NAS-Bench-101 cells: one indicator per
 * path from the input vertex to the output vertex, labelled by the ops of the intermediate vertices it
 * passes. A predictor then sees which chains of operations data flows through, which the adjacency
 * genome only implies.
 *
 * <p>Layout: a path through l intermediate vertices (l = 0..5) with op ordinals o1 … ol ({@code Nb101Op}:
 * 0 conv3x3-bn-relu, 1 conv1x1-bn-relu, 2 maxpool3x3), read from input to output, is feature
 * {@code offset(l) + o1·3^(l-1) + … + ol}, where offset(l) = (3^l − 1) / 2 = 0, 1, 4, 13, 40, 121: the
 * direct edge input→output is feature 0, and there are 1 + 3 + … + 3⁵ = 364 features.
 *
 * <p>Works for every {@link Nb101Cell}, whichever space it comes from (NAS-Bench-101, its fixed-ops
 * variant, a sample of either). The encoding is not injective: two paths with the same ops set one
 * feature, and cells with the same set of path labels but different wiring encode equally. Immutable,
 * thread-safe, and {@link #encode} allocates nothing.
 */
public final class Nb101PathEncoding implements Encoding {

    /** The name used on the command line and in manifests. */
    public static final String NAME = "path";

    /** Features: all labels of lengths 0..5. */
    public static final int DIMENSION = 364;

    private static final int OPS = 3;

    /** The first feature of the paths through each number of intermediate vertices, 0..5. */
    private static final int[] LENGTH_OFFSETS = {0, 1, 4, 13, 40, 121};

    private static final Nb101PathEncoding INSTANCE = new Nb101PathEncoding();

    private Nb101PathEncoding() {
    }

    /** The shared instance. */
    public static Nb101PathEncoding instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /**
     * Writes 1 for the label of each input→output path and 0 elsewhere.
     *
     * @throws IllegalArgumentException when {@code architecture} is not an {@link Nb101Cell}
     */
    @Override
    public void encode(Architecture architecture, double[] out, int offset) {
        if (!(architecture instanceof Nb101Cell cell)) {
            throw new IllegalArgumentException("the path encoding of nb101 needs an Nb101Cell, got "
                    + Encodings.describe(architecture));
        }
        Objects.checkFromIndexSize(offset, DIMENSION, out.length);
        Arrays.fill(out, offset, offset + DIMENSION, 0.0);
        walk(cell, 0, 0, 0, out, offset);
    }

    /**
     * Follows every edge out of {@code vertex}, reached through {@code length} intermediate vertices
     * whose ops read {@code label} in base 3; a depth-first walk of at most five levels, on the stack.
     */
    private static void walk(Nb101Cell cell, int vertex, int length, int label, double[] out, int offset) {
        int output = cell.vertexCount() - 1;
        for (int next = vertex + 1; next <= output; next++) {
            if (!cell.hasEdge(vertex, next)) {
                continue;
            }
            if (next == output) {
                out[offset + LENGTH_OFFSETS[length] + label] = 1.0;
            } else {
                walk(cell, next, length + 1, label * OPS + cell.op(next).ordinal(), out, offset);
            }
        }
    }

    @Override
    public String toString() {
        return NAME + " encoding of nb101 (" + DIMENSION + " features)";
    }
}
