package dev.ednag.surrogate.search;

import dev.ednag.core.ednag.EdnagConfig;
import dev.ednag.core.ednag.EdnagVariant;
import dev.ednag.core.fitness.FitnessTransform;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.surrogate.encoding.Encodings;
import dev.ednag.core.ednag.X0Source;
import dev.ednag.surrogate.model.MlpEnsemble;

/** The surrogate-assisted optimizers as the command line and studies run them, per space. */
public final class SurrogateDefaults {

    /** Random architectures evaluated before predictor-guided EDNAG's first fit. */
    static final int PREDICTOR_INITIAL = 10;

    /** Architectures predictor-guided EDNAG evaluates for real after each refit interval. */
    static final int PREDICTOR_PER_STEP = 5;

    /** Denoising steps on the predictions between two refits. */
    static final int PREDICTOR_STEPS_PER_REFIT = 6;

    private SurrogateDefaults() {}

    /** The path encoding where the space has one (BANANAS' choice), else one-hot. */
    public static String encoding(SearchSpace space) {
        return Encodings.namesFor(space).contains("path") ? "path" : "onehot";
    }

    /**
     * Predictor-guided EDNAG sized for {@code budget} real evaluations: BANANAS' MLP ensemble on the
     * path encoding (it ranks NB201 cells far better than the Gaussian process from few labels), six
     * denoising steps on the predictions between refits, x̂0 from every architecture scored so far,
     * and the five best by one Thompson draw each among the produced cells and their one-choice
     * neighbours evaluated per refit. Chosen on NB201 seeds 10001–10040 (see the README).
     */
    public static EdnagPredictorConfig ednagPredictor(SearchSpace space, FitnessTransform fitness, long budget) {
        long b = budget > 0 ? budget : EdnagVariant.DEFAULT_BUDGET;
        int refits = EdnagPredictorConfig.iterationsFor(b, PREDICTOR_INITIAL, PREDICTOR_PER_STEP);
        EdnagConfig ednag = EdnagVariant.FAITHFUL.config(space, fitness, b).toBuilder()
                .steps(refits * PREDICTOR_STEPS_PER_REFIT + 1)
                .temperature(10.0)
                .normalizeInitial(true)
                .x0Source(X0Source.ARCHIVE)
                .build();
        return new EdnagPredictorConfig(ednag, PREDICTOR_INITIAL, PREDICTOR_PER_STEP, PREDICTOR_STEPS_PER_REFIT, false,
                true, Acquisition.THOMPSON, encoding(space), MlpEnsemble.bananas(), b);
    }
}
