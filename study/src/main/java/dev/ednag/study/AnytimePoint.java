package dev.ednag.study;

/**
 * A point where a run's incumbent changed: after {@code query} unique architectures the incumbent
 * (best search value so far) has report value {@code report}. The incumbent holds until the next
 * point, so a run's anytime curve is the step function through its points.
 */
public record AnytimePoint(long query, double report) {

    public AnytimePoint {
        if (query < 1) {
            throw new IllegalArgumentException("query must be >= 1, got " + query);
        }
    }
}
