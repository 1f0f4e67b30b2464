package dev.ednag.core.eval;

/** What became of one architecture's evaluation. */
public enum EvaluationStatus {
    /** Metrics are available. */
    OK,
    /** The evaluator threw, timed out or returned a non-finite search value. */
    FAILED,
    /** The architecture is valid but the evaluator has no value for it (e.g. outside a sampled table). */
    UNEVALUABLE
}
