package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.List;

/**
 * What an optimizer sees of an evaluator: the search metric and its direction, nothing else.
 * Report metrics stay behind this interface, so no optimizer can select on them.
 */
public interface Objective {

    Goal goal();

    /** The search metric of each architecture, in order; NaN where it could not be evaluated. */
    double[] evaluate(List<? extends Architecture> architectures);
}
