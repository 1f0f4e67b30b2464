package dev.ednag.core.evolution;

/** How the roulette picks without replacement (spec §5.3.5). */
public enum RouletteMode {
    /** The reference: cumulative sums over all 2P, excluded mass flows forward, overflow redraws. */
    FORWARD_SCAN,
    /** Renormalised over the still-eligible individuals (not the reference). */
    RENORMALISED
}
