package dev.ednag.continuous.problems;

import java.util.List;

/** The optima a function is known to have, to count how many a population has found. */
public interface KnownOptima {

    /** A short description for reports, e.g. {@code 4 minima} or {@code 2^32 corner maxima}. */
    String describe();

    /**
     * How many distinct known optima have at least one of {@code positions} within Euclidean
     * distance {@code radius}.
     */
    default int countFound(double[][] positions, double radius) {
        return countHeld(positions, radius, 1);
    }

    /**
     * How many distinct known optima have at least {@code members} of {@code positions} within
     * Euclidean distance {@code radius}: the spec's mode coverage is 5 members within 0.5.
     */
    int countHeld(double[][] positions, double radius, int members);

    /** The optima's positions, to mark in pictures; empty where there are too many to list. */
    default List<double[]> points() {
        return List.of();
    }
}
