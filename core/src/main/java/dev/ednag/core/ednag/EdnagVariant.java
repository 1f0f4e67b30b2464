package dev.ednag.core.ednag;

import dev.ednag.core.diffusion.CosineSchedule;
import dev.ednag.core.evolution.RouletteMode;
import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.fitness.FitnessTransform;
import dev.ednag.core.space.SearchSpace;
import java.util.Arrays;
import java.util.Locale;

/** Named EDNAG configurations. */
public enum EdnagVariant {

    /**
     * The authors' reference behaviour for the benchmark spaces (spec §1, §6.1 config), quirks
     * included: P = 30, N = 100 (99 iterations), cosine schedule from exactly 0 to 1, noise 0.8,
     * Energy T = 1, mutation rate 0.6 with η = 5 (8 on the first iteration), elites 10 %,
     * diversity 20 %, forward-scan roulette, no crossover, unnormalised initial noise.
     */
    FAITHFUL("faithful"),

    /**
     * The paper's "FD" ablation (Figure 4): fitness-guided denoising, normalisation and mutation as
     * in {@link #FAITHFUL}, but no selection corrector; the offspring replace the parents.
     */
    FD("fd"),

    /**
     * The paper's "naive diffusion" ablation: Diffusion Evolution (spec §9) on the architecture
     * genome — the fitness-weighted x̂0 estimate and the DDIM step only, with no normalisation, no
     * mutation and no selection. Schedule, noise and fitness weights are {@link #FAITHFUL}'s, so
     * the comparison isolates the corrector.
     */
    NAIVE_DIFFUSION("naive-diffusion"),

    /**
     * EDNAG for a unique-query budget; every change from {@link #FAITHFUL} was kept only where the
     * study measured a gain. Each evaluation goes to a new architecture: an offspring that decodes
     * to an evaluated one moves to the unevaluated one-choice neighbour its x̂0 estimate favours
     * (or is re-noised where the space has no categorical view). x̂0 averages over every
     * architecture evaluated so far; the number of steps is set so that the schedule ends as the
     * budget does; the Energy weights are softer (T = 10) so the estimate does not collapse onto the
     * first good cell. P = 20, initial noise normalised.
     */
    BUDGET("budget");

    /** P of the budget variant. */
    static final int BUDGET_POPULATION = 20;

    /** The unique architectures the budget variant aims at when no budget is given. */
    public static final long DEFAULT_BUDGET = 500;

    private final String id;

    EdnagVariant(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The variant's configuration for a space whose fitness stretch is {@code fitness}, with no budget. */
    public EdnagConfig config(FitnessTransform fitness) {
        return config(fitness, 0);
    }

    /**
     * The variant's configuration when at most {@code budget} unique architectures may be evaluated
     * (0 for no limit). Only {@link #BUDGET} uses the budget: it derives its number of steps from it.
     */
    public EdnagConfig config(FitnessTransform fitness, long budget) {
        return switch (this) {
            case BUDGET -> budgetAware(fitness, budget > 0 ? budget : DEFAULT_BUDGET);
            case FAITHFUL -> faithful(fitness);
            case FD -> faithful(fitness).toBuilder().selection(false).build();
            case NAIVE_DIFFUSION -> faithful(fitness).toBuilder()
                    .normalize(false).mutationRate(0.0).selection(false).build();
        };
    }

    /**
     * {@link #config(FitnessTransform, long)} adapted to {@code space}: genomes are normalised to the
     * range its decoder expects, spaces normalised to [0, 1] (NB101, NB301) normalise again after
     * selection, as the reference does for them (spec §2.3), and the first population is seeded with
     * valid genomes where the reference seeds it (MobileNetV3, spec §6.5).
     */
    public EdnagConfig config(SearchSpace space, FitnessTransform fitness, long budget) {
        EdnagConfig base = config(fitness, budget);
        boolean unit = space.genomeRange() == RowRange.ZERO_TO_ONE;
        return base.toBuilder().rowRange(space.genomeRange()).normalizeAfterSelect(unit)
                .initialValidRate(space.initialValidRate()).build();
    }

    /**
     * The first population and each iteration's offspring are all new architectures, so a run of
     * N steps evaluates about P + (N−1)·P of them: N is chosen to spend the budget.
     */
    private static EdnagConfig budgetAware(FitnessTransform fitness, long budget) {
        int p = BUDGET_POPULATION;
        int steps = (int) Math.max(2, 1 + Math.ceil((budget - p) / (double) p));
        return faithful(fitness).toBuilder()
                .population(p)
                .steps(steps)
                .temperature(10.0)
                .normalizeInitial(true)
                .noveltyTries(20)
                .noveltyNoise(0.5)
                .neighbourNovelty(true)
                .x0Source(X0Source.ARCHIVE)
                .build();
    }

    private static EdnagConfig faithful(FitnessTransform fitness) {
        return new EdnagConfig(
                    /* population */ 30, /* steps */ 100, new CosineSchedule(), /* noiseScale */ 0.8,
                    /* temperature */ 1.0, fitness, /* mutationRate */ 0.6, /* mutationEta */ 5,
                    StrongMutationAt.FIRST_ITERATION, /* mutationLower */ -1, /* mutationUpper */ 1,
                    /* mutationUPerGene */ false, /* crossoverRate */ 0.0, /* crossoverEta */ 5,
                    /* eliteRate */ 0.1, /* diversityRate */ 0.2, RouletteMode.FORWARD_SCAN,
                    /* diverseExcludesElites */ false, RowRange.MINUS_ONE_TO_ONE, /* normalizeInitial */ false,
                    /* normalizeAfterSelect */ false, /* normalize */ true, /* selection */ true,
                /* noveltyTries */ 0, /* noveltyNoise */ 0.5,
                /* neighbourNovelty */ false, X0Source.POPULATION, /* initialValidRate */ 0.0);
    }

    /** Parses a variant id, with an error that lists the valid ones. */
    public static EdnagVariant parse(String id) {
        for (EdnagVariant v : values()) {
            if (v.id.equals(id.toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown EDNAG variant '" + id + "'; known: "
                + String.join(", ", Arrays.stream(values()).map(EdnagVariant::id).toList()));
    }
}
