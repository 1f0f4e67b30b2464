package dev.ednag.continuous.problems;

/** The optima a function is known to have, to count how many a population has found. */
public interface KnownOptima {

    /** A short description for reports, e.g. {@code 4 minima} or {@code 2^32 corner maxima}. */
    String describe();

    /**
     * How many distinct known optima have at least one of {@code positions} within Euclidean
     * distance {@code radius}.
     */
    int countFound(double[][] positions, double radius);
}
