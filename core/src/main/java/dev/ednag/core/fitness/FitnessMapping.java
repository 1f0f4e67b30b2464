package dev.ednag.core.fitness;

/** Maps a population's fitness vector to non-negative estimator weights (spec §4.2–4.3). */
public interface FitnessMapping {

    String name();

    /** A new array of mapped values; the input is not modified. */
    double[] map(double[] fitness);
}
