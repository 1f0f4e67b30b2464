package dev.ednag.surrogate.search;

import java.util.Locale;
import java.util.random.RandomGenerator;

/** How a surrogate-assisted run ranks unevaluated candidates for a real evaluation. */
public enum Acquisition {

    /** The predicted mean: pure exploitation of the surrogate. */
    MEAN,

    /** Independent Thompson sampling: one draw from N(mean, sd) per candidate (BANANAS). */
    THOMPSON,

    /** The upper confidence bound mean + sd: optimism in proportion to the surrogate's doubt. */
    UCB;

    /** The score of one candidate; larger is better. */
    double score(double mean, double sd, RandomGenerator random) {
        return switch (this) {
            case MEAN -> mean;
            case THOMPSON -> mean + sd * random.nextGaussian();
            case UCB -> mean + sd;
        };
    }

    /** The name used on the command line and in manifests. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
