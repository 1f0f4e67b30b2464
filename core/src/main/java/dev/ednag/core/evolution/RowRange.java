package dev.ednag.core.evolution;

/** The target range of per-individual min–max normalisation (spec §2.3). */
public enum RowRange {
    /** NB201, TransNAS, MBV3. */
    MINUS_ONE_TO_ONE,
    /** NB101, NB301. */
    ZERO_TO_ONE
}
