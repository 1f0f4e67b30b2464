package dev.ednag.surrogate.search;

import dev.ednag.core.ednag.EdnagConfig;
import dev.ednag.core.ednag.EdnagVariant;
import dev.ednag.core.fitness.FitnessTransform;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.surrogate.encoding.Encodings;
import dev.ednag.surrogate.model.GaussianProcess;

/** The surrogate-assisted optimizers as the command line and studies run them, per space. */
public final class SurrogateDefaults {

    /** Random architectures evaluated before predictor-guided EDNAG's first fit. */
    static final int PREDICTOR_INITIAL = 10;

    /** Architectures predictor-guided EDNAG evaluates for real after each denoising step. */
    static final int PREDICTOR_PER_STEP = 5;

    private SurrogateDefaults() {}

    /** The path encoding where the space has one (BANANAS' choice), else one-hot. */
    public static String encoding(SearchSpace space) {
        return Encodings.namesFor(space).contains("path") ? "path" : "onehot";
    }

    /** Predictor-guided EDNAG sized for {@code budget} real evaluations. */
    public static EdnagPredictorConfig ednagPredictor(SearchSpace space, FitnessTransform fitness, long budget) {
        long b = budget > 0 ? budget : EdnagVariant.DEFAULT_BUDGET;
        int iterations = EdnagPredictorConfig.iterationsFor(b, PREDICTOR_INITIAL, PREDICTOR_PER_STEP);
        EdnagConfig ednag = EdnagVariant.FAITHFUL.config(space, fitness, b).toBuilder()
                .steps(iterations + 1)
                .temperature(10.0)
                .normalizeInitial(true)
                .build();
        return new EdnagPredictorConfig(ednag, PREDICTOR_INITIAL, PREDICTOR_PER_STEP, Acquisition.MEAN,
                encoding(space), new GaussianProcess(), b);
    }
}
