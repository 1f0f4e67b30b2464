package dev.ednag.surrogate.search;

import dev.ednag.core.ednag.EdnagConfig;
import dev.ednag.surrogate.model.Surrogate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@link EdnagPredictor}.
 *
 * @param ednag       the denoising loop run on the surrogate's predictions; its number of steps is
 *                    the number of refits plus one
 * @param initial     random architectures evaluated before the first fit
 * @param perStep     new architectures evaluated for real after each refit interval
 * @param stepsPerRefit denoising steps between two rounds of real evaluations and refits
 * @param remember    whether the candidates are every unevaluated architecture the run has produced
 *                    so far (re-ranked by each new fit) or only those of the latest interval
 * @param neighbours  whether the one-choice neighbours of the architectures the denoising produced are
 *                    candidates too (in spaces of categorical choices): the denoising says where to
 *                    look, the surrogate ranks what is near it
 * @param acquisition how those are chosen among the step's unevaluated architectures
 * @param encoding    the feature encoding's name
 * @param surrogate   the predictor refitted after each step
 * @param budget      real evaluations the run aims to spend (the schedule is sized for it)
 */
public record EdnagPredictorConfig(EdnagConfig ednag, int initial, int perStep, int stepsPerRefit, boolean remember, boolean neighbours,
        Acquisition acquisition,
        String encoding, Surrogate surrogate, long budget) {

    public EdnagPredictorConfig {
        Objects.requireNonNull(ednag, "ednag");
        Objects.requireNonNull(acquisition, "acquisition");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(surrogate, "surrogate");
        if (initial < 1 || perStep < 1 || stepsPerRefit < 1 || budget < 1) {
            throw new IllegalArgumentException("predictor-guided EDNAG needs initial ≥ 1, per step ≥ 1, steps per refit ≥ 1"
                    + " and budget ≥ 1; got " + initial + ", " + perStep + ", " + stepsPerRefit + ", " + budget);
        }
    }

    /** These settings with another denoising loop (e.g. a user's population or temperature). */
    public EdnagPredictorConfig withEdnag(EdnagConfig other) {
        return new EdnagPredictorConfig(other, initial, perStep, stepsPerRefit, remember, neighbours, acquisition,
                encoding, surrogate, budget);
    }

    /** These settings with another surrogate. */
    public EdnagPredictorConfig withSurrogate(Surrogate other) {
        return new EdnagPredictorConfig(ednag, initial, perStep, stepsPerRefit, remember, neighbours, acquisition,
                encoding, other, budget);
    }

    /** Denoising iterations needed to spend {@code budget} after {@code initial}, {@code perStep} at a time. */
    public static int iterationsFor(long budget, int initial, int perStep) {
        return (int) Math.max(1, Math.ceil((budget - initial) / (double) perStep));
    }

    /** The settings in a stable order, for manifests. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("initial", initial);
        m.put("perStep", perStep);
        m.put("stepsPerRefit", stepsPerRefit);
        m.put("remember", remember);
        m.put("neighbours", neighbours);
        m.put("acquisition", acquisition.id());
        m.put("encoding", encoding);
        m.put("surrogate", surrogate.name());
        m.put("surrogateConfiguration", surrogate.configuration());
        m.put("budget", budget);
        m.put("ednag", ednag.toMap());
        return m;
    }
}
