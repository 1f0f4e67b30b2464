package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.List;

/**
 * Batch evaluation of architectures: the one seam where caching, counting, budgets, parallel or
 * distributed execution and the run journal live, as decorators around a plain oracle.
 * Implementations return one evaluation per input, in input order, and never throw for a single
 * architecture's failure (they report it as {@link EvaluationStatus#FAILED}).
 */
public interface Evaluator {

    List<Evaluation> evaluate(List<? extends Architecture> architectures);
}
