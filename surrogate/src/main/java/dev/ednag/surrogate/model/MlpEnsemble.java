package dev.ednag.surrogate.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * BANANAS' predictor: an ensemble of feed-forward networks, each from its own initialisation and
 * shuffle; the mean of their predictions is the prediction and their spread the uncertainty.
 * Defaults are the published shape (White et al. 2021): 5 networks of 10 ReLU layers × 20, Adam at
 * 0.01, 200 epochs, batches of 32.
 *
 * <p>One deliberate difference: BANANAS fits the mean absolute percentage error of the validation
 * error against a fixed lower bound tuned to NAS-Bench-101's error rates; here targets are
 * standardised and the loss is the (weighted) absolute error, which is the same shape of loss but
 * works for any metric, maximised or minimised, in percent or not.
 *
 * @param members       networks in the ensemble
 * @param hiddenLayers  ReLU layers per network
 * @param width         units per layer
 * @param epochs        passes over the data per fit
 * @param batch         rows per Adam step
 * @param learningRate  Adam's step size
 */
public record MlpEnsemble(int members, int hiddenLayers, int width, int epochs, int batch, double learningRate)
        implements Surrogate {

    public MlpEnsemble {
        if (members < 1 || hiddenLayers < 0 || width < 1 || epochs < 1 || batch < 1
                || !(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("MLP ensemble needs members ≥ 1, hidden layers ≥ 0, width ≥ 1, epochs ≥ 1,"
                    + " batch ≥ 1 and a positive learning rate; got " + members + ", " + hiddenLayers + ", " + width
                    + ", " + epochs + ", " + batch + ", " + learningRate);
        }
    }

    /** BANANAS' published settings. */
    public static MlpEnsemble bananas() {
        return new MlpEnsemble(5, 10, 20, 200, 32, 0.01);
    }

    @Override
    public String name() {
        return "mlp-ensemble";
    }

    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("members", members);
        m.put("hiddenLayers", hiddenLayers);
        m.put("width", width);
        m.put("epochs", epochs);
        m.put("batch", batch);
        m.put("learningRate", learningRate);
        m.put("loss", "weighted absolute error on standardised targets");
        return m;
    }

    @Override
    public Predictor fit(TrainingSet data, RandomGenerator random) {
        Standardizer standardizer = Standardizer.of(data);
        double[] y = standardizer.apply(data.targets());
        Mlp[] networks = new Mlp[members];
        for (int i = 0; i < members; i++) {
            // Each member's stream comes from one draw of the caller's stream, so members never share draws.
            RandomGenerator own = new SplittableRandom(random.nextLong());
            networks[i] = new Mlp(data.d(), hiddenLayers, width, own);
            networks[i].train(data.features(), y, data.weights(), data.n(), epochs, batch, learningRate, own);
        }
        return new EnsemblePredictor(networks, data.d(), standardizer);
    }
}
