package dev.ednag.surrogate.gan;

import dev.ednag.surrogate.model.TrainingSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The GAN of GNE-NAS (Yousefi et al., Sci. Rep. 2025), which adds synthetic (features, value) pairs to a
 * surrogate's few real ones. The paper states the idea, not the model; ours, named in the README: the
 * joint distribution of the d + 1 columns, each standardised on the real rows; a generator from
 * N(0, I) noise and a discriminator giving a logit, both {@code hiddenLayers} × {@code hidden}
 * leaky-ReLU networks; the non-saturating losses (D: cross-entropy real 1, fake 0; G: −log D(G(ε))),
 * one Adam step of each per training step, on minibatches of real rows drawn with replacement.
 *
 * @param noiseDimension  width of the generator's noise
 * @param hidden          width of every hidden layer
 * @param hiddenLayers    hidden layers of each network
 * @param steps           training steps (one D and one G update each) of a fresh GAN
 * @param refreshSteps    training steps of a {@link GanSession}'s later rounds, which start from the last weights
 * @param learningRate    Adam's step for both networks
 * @param batch           rows per step (capped at the number of real rows)
 * @param syntheticPerReal synthetic rows per real row
 * @param syntheticWeight the training weight of a synthetic row (real rows keep theirs)
 */
public record PairGan(int noiseDimension, int hidden, int hiddenLayers, int steps, int refreshSteps,
        double learningRate, int batch, double syntheticPerReal, double syntheticWeight) {

    public PairGan {
        if (noiseDimension < 1 || hidden < 1 || hiddenLayers < 1 || steps < 0 || refreshSteps < 0 || batch < 1) {
            throw new IllegalArgumentException("a GAN needs noise, hidden width, hidden layers and batch ≥ 1 and"
                    + " steps ≥ 0; got " + noiseDimension + ", " + hidden + ", " + hiddenLayers + ", " + batch + ", "
                    + steps);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive and finite, got " + learningRate);
        }
        if (!(syntheticPerReal >= 0) || !Double.isFinite(syntheticPerReal)) {
            throw new IllegalArgumentException("syntheticPerReal must be ≥ 0 and finite, got " + syntheticPerReal);
        }
        if (!(syntheticWeight > 0) || !Double.isFinite(syntheticWeight)) {
            throw new IllegalArgumentException("syntheticWeight must be positive and finite, got " + syntheticWeight);
        }
    }

    /**
     * Ours: 8-d noise, 2 × 64, 300 steps at 1e-3 then 50 per later round, batch 32, one synthetic row per
     * real one at weight 0.5.
     */
    public static PairGan defaults() {
        return new PairGan(8, 64, 2, 300, 50, 1e-3, 32, 1.0, 0.5);
    }

    public PairGan withSteps(int first, int refresh) {
        return new PairGan(noiseDimension, hidden, hiddenLayers, first, refresh, learningRate, batch, syntheticPerReal,
                syntheticWeight);
    }

    /** The settings in a stable order, for manifests. */
    public Map<String, Object> configuration() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "GAN over (features, value), non-saturating losses, leaky ReLU 0.2");
        m.put("noiseDimension", noiseDimension);
        m.put("hidden", hidden);
        m.put("hiddenLayers", hiddenLayers);
        m.put("steps", steps);
        m.put("refreshSteps", refreshSteps);
        m.put("learningRate", learningRate);
        m.put("batch", batch);
        m.put("syntheticPerReal", syntheticPerReal);
        m.put("syntheticWeight", syntheticWeight);
        return m;
    }

    /** One fresh GAN's {@link GanSession#augment}: a pure function of the data and {@code random}'s state. */
    public TrainingSet augment(TrainingSet real, RandomGenerator random) {
        return session(random).augment(real);
    }

    /**
     * A GAN that keeps its weights from one {@link GanSession#augment} to the next, for a search that
     * augments a growing data set every round: {@code steps} the first time, {@code refreshSteps} after.
     */
    public GanSession session(RandomGenerator random) {
        return new GanSession(this, random);
    }
}
