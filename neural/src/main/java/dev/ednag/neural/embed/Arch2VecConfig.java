package dev.ednag.neural.embed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of an arch2vec graph autoencoder (Yan et al., NeurIPS 2020). The published model: a
 * variational encoder of GIN layers, latent dimension 16, 5 layers of width 128, an inner-product
 * decoder for the adjacency and a linear one for the node types, loss = reconstruction + β·KL.
 * Ours keeps that shape; the choices the paper leaves open or that ours changes are named in
 * {@link Arch2VecTrainer}.
 *
 * @param latent       the embedding's dimension
 * @param hidden       width of every GIN layer
 * @param layers       GIN layers
 * @param epochs       passes over every cell
 * @param batch        graphs per step
 * @param learningRate Adam's step
 * @param beta         weight of the KL term
 * @param seed         the seed of the initial weights, the shuffles and the reparameterisation noise
 */
public record Arch2VecConfig(int latent, int hidden, int layers, int epochs, int batch, double learningRate,
        double beta, long seed) {

    public Arch2VecConfig {
        positive("latent", latent);
        positive("hidden", hidden);
        positive("layers", layers);
        positive("epochs", epochs);
        positive("batch", batch);
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive and finite, got " + learningRate);
        }
        if (!(beta >= 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be ≥ 0 and finite, got " + beta);
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be ≥ 1, got " + value);
        }
    }

    /** The shipped embeddings' settings. */
    public static Arch2VecConfig defaults() {
        return new Arch2VecConfig(16, 128, 5, 10, 32, 1e-3, 0.005, 1);
    }

    public Arch2VecConfig withEpochs(int value) {
        return new Arch2VecConfig(latent, hidden, layers, value, batch, learningRate, beta, seed);
    }

    public Arch2VecConfig withSeed(long value) {
        return new Arch2VecConfig(latent, hidden, layers, epochs, batch, learningRate, beta, value);
    }

    /** Every setting, in a stable order, for the embedding's provenance. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "arch2vec");
        m.put("latent", latent);
        m.put("hidden", hidden);
        m.put("layers", layers);
        m.put("epochs", epochs);
        m.put("batch", batch);
        m.put("learningRate", learningRate);
        m.put("beta", beta);
        m.put("seed", seed);
        return m;
    }
}
