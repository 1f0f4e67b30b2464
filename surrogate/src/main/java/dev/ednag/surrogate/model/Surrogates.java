package dev.ednag.surrogate.model;

import java.util.List;
import java.util.Locale;

/** The surrogates by their command-line names, with the settings runs use. */
public final class Surrogates {

    /** Every name, in a stable order. */
    public static final List<String> NAMES = List.of("mlp-ensemble", "gp");

    private Surrogates() {}

    /**
     * The surrogate called {@code name} (case-insensitive): BANANAS' MLP ensemble or the Gaussian
     * process with its default grids.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Surrogate of(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "mlp-ensemble" -> MlpEnsemble.bananas();
            case "gp" -> new GaussianProcess();
            default -> throw new IllegalArgumentException("unknown surrogate '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }
}
