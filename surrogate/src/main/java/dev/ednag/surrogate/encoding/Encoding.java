package dev.ednag.surrogate.encoding;

import dev.ednag.core.space.Architecture;

/**
 * An architecture as a fixed-length feature vector, the input of a {@code Surrogate}. Pure and
 * thread-safe: the features depend on the architecture alone.
 */
public interface Encoding {

    /** Short stable name used on the command line and in manifests, e.g. {@code path}. */
    String name();

    /** The number of features. */
    int dimension();

    /**
     * Writes the features of {@code architecture} to {@code out[offset .. offset + dimension())}.
     *
     * @throws IllegalArgumentException when {@code architecture} is not of the encoded space
     */
    void encode(Architecture architecture, double[] out, int offset);

    /** The features of {@code architecture} in a fresh array. */
    default double[] encode(Architecture architecture) {
        double[] out = new double[dimension()];
        encode(architecture, out, 0);
        return out;
    }
}
