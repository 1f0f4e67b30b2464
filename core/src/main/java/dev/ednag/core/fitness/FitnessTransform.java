package dev.ednag.core.fitness;

import dev.ednag.core.eval.Goal;
import java.util.Map;

/**
 * Turns a raw search value into EDNAG's rescaled fitness f (spec §4.1): non-negative, larger is
 * better, stretched where the good architectures are. Selection multiplies f by diversity and
 * floors it at a tenth of the best, so f must not be negative. A transform knows which direction
 * of the raw metric it rewards, so a run refuses a metric of the other direction instead of
 * silently chasing the worst architectures.
 */
public interface FitnessTransform {

    /** The direction of the raw metric this transform rewards. */
    Goal goal();

    /** f of one raw value; at least 0, larger is better. */
    double apply(double raw);

    /** The settings, for manifests. */
    Map<String, Object> describe();
}
