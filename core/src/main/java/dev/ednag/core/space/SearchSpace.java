package dev.ednag.core.space;

import dev.ednag.core.evolution.RowRange;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Encodes architectures as real-valued genomes and decodes genomes back. Genomes live in flat
 * population arrays (row-major, one genome of {@link GenomeShape#length()} values per individual),
 * so every method takes the array and the offset of the genome inside it.
 */
public interface SearchSpace {

    /** Short stable name used on the command line, e.g. {@code nb201}. */
    String name();

    /** One line for humans. */
    String description();

    GenomeShape shape();

    /** Number of distinct valid architectures; {@link Long#MAX_VALUE} when that overflows (see {@link #exactSize()}). */
    long size();

    /** The exact number of distinct valid architectures, for spaces larger than a {@code long}. */
    default BigInteger exactSize() {
        return BigInteger.valueOf(size());
    }

    /** Decodes the genome at {@code genomes[offset .. offset + D)}; {@code null} when it is invalid. */
    Architecture decode(double[] genomes, int offset);

    /** Writes the canonical (one-hot) genome of {@code architecture} at {@code genomes[offset ..]}. */
    void encode(Architecture architecture, double[] genomes, int offset);

    /**
     * Parses a canonical key.
     *
     * @throws IllegalArgumentException naming the key and the expected form when it is not of this space
     */
    Architecture parse(String key);

    /** A uniformly random valid architecture. */
    Architecture sample(RandomGenerator random);

    /**
     * The range genomes are min–max normalised to between steps. Argmax decoders do not care;
     * a decoder that thresholds at 0.5 (NAS-Bench-101's adjacency) needs {@link RowRange#ZERO_TO_ONE}.
     */
    default RowRange genomeRange() {
        return RowRange.MINUS_ONE_TO_ONE;
    }

    /**
     * The fraction of EDNAG's first population the reference seeds with valid one-hot genomes
     * instead of noise: 0 (noise only) unless the space's genome makes noise decode to nothing valid.
     */
    default double initialValidRate() {
        return 0.0;
    }

    /** Analytic parameter and FLOP counts, for spaces that define them. */
    default Optional<CostModel> costs() {
        return Optional.empty();
    }

    /** Every architecture of the space, when it is small enough to list. */
    default Optional<List<? extends Architecture>> enumerate() {
        return Optional.empty();
    }
}
