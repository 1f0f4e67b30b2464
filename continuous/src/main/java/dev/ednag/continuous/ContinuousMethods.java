package dev.ednag.continuous;

import dev.ednag.continuous.peers.CmaEs;
import dev.ednag.continuous.peers.ContinuousRandomSearch;
import dev.ednag.continuous.peers.MuLambdaEs;
import java.util.List;
import java.util.Locale;

/**
 * The continuous optimizers by name, all on one budget: a Diffusion Evolution configuration's
 * population N, steps G and scaling s give every peer N points per generation, G generations and
 * the same N(0, s²) start, so each spends at most N·G evaluations.
 */
public final class ContinuousMethods {

    /** Plain DE, latent DE, CMA-ES, the (μ,λ)-ES and random search. */
    public static final List<String> NAMES = List.of("de", "latent-de", "cmaes", "es", "rs");

    private ContinuousMethods() {}

    /**
     * @param name      one of {@link #NAMES}
     * @param de        the Diffusion Evolution settings the budget and start come from
     * @param latentDim the projected dimension for {@code latent-de}
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static ContinuousOptimizer create(String name, DiffusionEvolution de, int latentDim) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "de" -> de.toBuilder().latentDim(0).build();
            case "latent-de" -> {
                if (latentDim < 1) {
                    throw new IllegalArgumentException("latent-de needs a latent dimension of at least 1, got "
                            + latentDim);
                }
                yield de.toBuilder().latentDim(latentDim).build();
            }
            case "cmaes" -> new CmaEs(de.population(), de.steps(), de.scaling());
            case "es" -> new MuLambdaEs(de.population(), de.steps(), de.scaling());
            case "rs" -> new ContinuousRandomSearch(de.population(), de.steps(), de.scaling());
            default -> throw new IllegalArgumentException(
                    "unknown method '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }
}
