package dev.ednag.core.ednag;

import dev.ednag.core.diffusion.CosineSchedule;
import dev.ednag.core.evolution.RouletteMode;
import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.fitness.ScaledStretch;
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
    NAIVE_DIFFUSION("naive-diffusion");

    private final String id;

    EdnagVariant(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The variant's configuration for a space whose fitness stretch is {@code fitness}. */
    public EdnagConfig config(ScaledStretch fitness) {
        return switch (this) {
            case FAITHFUL -> faithful(fitness);
            case FD -> faithful(fitness).toBuilder().selection(false).build();
            case NAIVE_DIFFUSION -> faithful(fitness).toBuilder()
                    .normalize(false).mutationRate(0.0).selection(false).build();
        };
    }

    private static EdnagConfig faithful(ScaledStretch fitness) {
        return new EdnagConfig(
                    /* population */ 30, /* steps */ 100, new CosineSchedule(), /* noiseScale */ 0.8,
                    /* temperature */ 1.0, fitness, /* mutationRate */ 0.6, /* mutationEta */ 5,
                    StrongMutationAt.FIRST_ITERATION, /* mutationLower */ -1, /* mutationUpper */ 1,
                    /* mutationUPerGene */ false, /* crossoverRate */ 0.0, /* crossoverEta */ 5,
                    /* eliteRate */ 0.1, /* diversityRate */ 0.2, RouletteMode.FORWARD_SCAN,
                    /* diverseExcludesElites */ false, RowRange.MINUS_ONE_TO_ONE, /* normalizeInitial */ false,
                    /* normalizeAfterSelect */ false, /* normalize */ true, /* selection */ true);
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
