package dev.ednag.surrogate.model;

import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A performance predictor's settings: fits a {@link Predictor} to evaluated architectures. Holds
 * configuration only and is thread-safe; a fit is a pure function of the data and the random stream.
 */
public interface Surrogate {

    /** Short stable name, e.g. {@code mlp-ensemble}. */
    String name();

    /** Every setting that influences a fit, in a stable order, for manifests. */
    Map<String, Object> configuration();

    /** Fits the model; {@code random} supplies initialisation and shuffling. */
    Predictor fit(TrainingSet data, RandomGenerator random);
}
