package dev.ednag.spaces.darts;

import dev.ednag.core.space.Architecture;

/**
 * A DARTS / NAS-Bench-301 architecture: a normal cell and a reduction cell, each in canonical form.
 * Its key is {@code normal=<8 tokens>;reduce=<8 tokens>}, each cell written as {@link DartsCell#tokens()}.
 *
 * <p>The space has about 10^18 architectures, so they cannot be interned like NAS-Bench-201's; an
 * instance holds just the two cell codes, and the key is built on first use, because decoding is a
 * hot path and many decoded genomes are only compared, never printed or looked up.
 */
public final class DartsArchitecture implements Architecture {

    static final String NORMAL_PREFIX = "normal=";
    static final String REDUCE_PREFIX = ";reduce=";

    private final int normal;
    private final int reduce;
    /** Built lazily; a benign race, as strings are immutable and every thread builds the same one. */
    private String key;

    /** Codes must be valid {@link DartsCell#code()}s; only this package builds architectures. */
    DartsArchitecture(int normal, int reduce) {
        this.normal = normal;
        this.reduce = reduce;
    }

    /** The normal cell (a fresh view of the stored code). */
    public DartsCell normal() {
        return new DartsCell(normal);
    }

    /** The reduction cell (a fresh view of the stored code). */
    public DartsCell reduce() {
        return new DartsCell(reduce);
    }

    int normalCode() {
        return normal;
    }

    int reduceCode() {
        return reduce;
    }

    /** A number unique to this architecture: {@code normal.code() · DartsCell.COUNT + reduce.code()}. */
    public long index() {
        return (long) normal * DartsCell.COUNT + reduce;
    }

    /** {@code normal=<8 op~input tokens>;reduce=<8 op~input tokens>}, both cells in canonical order. */
    @Override
    public String key() {
        String k = key;
        if (k == null) {
            StringBuilder sb = new StringBuilder(2 * 120 + NORMAL_PREFIX.length() + REDUCE_PREFIX.length());
            normal().appendTokens(sb.append(NORMAL_PREFIX));
            reduce().appendTokens(sb.append(REDUCE_PREFIX));
            k = sb.toString();
            key = k;
        }
        return k;
    }

    /** Equal exactly when both cell codes (hence the keys) are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DartsArchitecture that && that.normal == normal && that.reduce == reduce;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(index());
    }

    @Override
    public String toString() {
        return key();
    }
}
