package dev.ednag.study;

import dev.ednag.core.baseline.LocalSearch;
import dev.ednag.core.baseline.RandomSearch;
import dev.ednag.core.baseline.RegularizedEvolution;
import dev.ednag.core.baseline.Reinforce;
import dev.ednag.core.ednag.EdnagOptimizer;
import dev.ednag.core.ednag.EdnagVariant;
import dev.ednag.core.fitness.FitnessTransform;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.surrogate.search.Bananas;
import dev.ednag.surrogate.search.BananasConfig;
import dev.ednag.surrogate.encoding.Arch2VecEncoding;
import dev.ednag.surrogate.encoding.Encodings;
import dev.ednag.surrogate.search.EdnagPredictor;
import dev.ednag.surrogate.search.GneNas;
import dev.ednag.surrogate.search.GneNasConfig;
import dev.ednag.surrogate.search.SurrogateDefaults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The optimizers a study can compare, by the names scripts use. */
public final class StudyOptimizers {

    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("ednag", "EDNAG's budget variant: new architectures only (x0-guided neighbour moves), x0 "
                + "from every evaluation, steps from the budget, P = 20, T = 10");
        DESCRIPTIONS.put("ednag-faithful", "EDNAG as the authors' code runs it: P = 30, 100 steps, all quirks");
        DESCRIPTIONS.put("ednag-fd", "ablation: fitness-guided denoising without the selection corrector");
        DESCRIPTIONS.put("rea", "regularized evolution: population 10, tournament 3, one-edge mutation (NB201 paper)");
        DESCRIPTIONS.put("rs", "random search without replacement");
        DESCRIPTIONS.put("reinforce", "REINFORCE: a softmax policy per edge, Adam at 0.01, moving-average baseline 0.9");
        DESCRIPTIONS.put("ls", "local search: best improvement over one-edge neighbours, random restart");
        DESCRIPTIONS.put("bananas", "BANANAS: path encoding, ensemble of 5 MLPs (10 × 20), Thompson sampling over 100 "
                + "mutations of the best 2, 10 initial, 10 per round");
        DESCRIPTIONS.put("ednag-predictor", "EDNAG denoising on a surrogate's predictions, evaluating the best new cells "
                + "of each step for real and refitting");
        DESCRIPTIONS.put("gne-nas", "GNE-NAS: particle swarm (50 x 50) in the arch2vec embedding on a GP whose data a "
                + "GAN augments, decoded to the nearest unevaluated cells, 5 per round by mean + 0.25 sd");
        DESCRIPTIONS.put("gne-nas-no-gan", "ablation: GNE-NAS without the GAN's synthetic pairs");
        DESCRIPTIONS.put("diffevo", "ablation ('naive diffusion'): Diffusion Evolution on the genome, no "
                + "normalisation, mutation or selection");
    }

    private StudyOptimizers() {}

    /** Every known name, in a stable order. */
    public static List<String> names() {
        return List.copyOf(DESCRIPTIONS.keySet());
    }

    /** One line per optimizer, for reports and {@code --help}. */
    public static String describe(String name) {
        String d = DESCRIPTIONS.get(name);
        if (d == null) {
            throw unknown(name);
        }
        return d;
    }

    /**
     * Whether the optimizer {@code name} can search {@code space}: the mutation, walking and
     * per-position policies of rea, ls and reinforce need a {@link CategoricalSpace}; gne-nas needs a
     * shipped arch2vec embedding.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static boolean runsOn(String name, SearchSpace space) {
        describe(name);
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "rea", "ls", "reinforce" -> space instanceof CategoricalSpace;
            case "gne-nas", "gne-nas-no-gan" -> Encodings.namesFor(space).contains(Arch2VecEncoding.NAME);
            default -> true;
        };
    }

    /** What a space must offer for {@code name} to run on it, in words, for the message when it does not. */
    public static String requirement(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "rea", "ls", "reinforce" -> "it needs a space of categorical choices to mutate, walk or sample, "
                    + "which the NB101/NB301 samples are not";
            case "gne-nas", "gne-nas-no-gan" -> "it needs a shipped " + Arch2VecEncoding.NAME + " embedding of the "
                    + "space, and only nb201 and tnb101-micro have one ('ednag embed' makes them)";
            default -> "it runs everywhere";
        };
    }

    /**
     * The optimizer {@code name} for {@code problem} with a unique-query budget.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Optimizer create(String name, Problem problem, long budget) {
        String n = name.toLowerCase(Locale.ROOT);
        FitnessTransform fitness = problem.fitness();
        SearchSpace space = problem.space();
        return switch (n) {
            case "ednag" -> ednag(EdnagVariant.BUDGET, space, fitness, budget);
            case "ednag-faithful" -> ednag(EdnagVariant.FAITHFUL, space, fitness, budget);
            case "ednag-fd" -> ednag(EdnagVariant.FD, space, fitness, budget);
            case "diffevo" -> ednag(EdnagVariant.NAIVE_DIFFUSION, space, fitness, budget);
            case "rea" -> new RegularizedEvolution();
            case "rs" -> new RandomSearch();
            case "reinforce" -> new Reinforce();
            case "ls" -> new LocalSearch();
            case "bananas" -> new Bananas(BananasConfig.withEncoding(SurrogateDefaults.encoding(space)));
            case "ednag-predictor" -> new EdnagPredictor(SurrogateDefaults.ednagPredictor(space, fitness, budget));
            case "gne-nas" -> new GneNas(GneNasConfig.defaults());
            case "gne-nas-no-gan" -> new GneNas(GneNasConfig.defaults().withoutGan());
            default -> throw unknown(name);
        };
    }

    private static Optimizer ednag(EdnagVariant variant, SearchSpace space, FitnessTransform fitness, long budget) {
        return new EdnagOptimizer(variant.config(space, fitness, budget), variant.id());
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown optimizer '" + name + "'; known: " + String.join(", ", names()));
    }
}
