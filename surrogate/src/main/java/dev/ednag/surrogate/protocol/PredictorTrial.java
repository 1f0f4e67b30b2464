package dev.ednag.surrogate.protocol;

/**
 * One trial of the predictor protocol: a surrogate on an encoding, fitted to n labelled cells drawn
 * with {@code seed}, ranked against the labels of every other cell.
 *
 * @param kendall   Kendall's τ-b between predicted means and labels of the held-out cells
 * @param spearman  Spearman's ρ between the same
 * @param fitMillis wall time of the fit alone, in milliseconds
 */
public record PredictorTrial(String encoding, String surrogate, int n, long seed, double kendall, double spearman,
        double fitMillis) {}
