package dev.ednag.core.diffusion;

import java.util.Locale;

/** Schedules by the names a command line uses. */
public final class AlphaSchedules {

    /** The accepted forms, for help texts and errors. */
    public static final String FORMS = "cosine (EDNAG), de-cosine (Diffusion Evolution's, kept off 0 and 1), "
            + "linear, power:P, ddpm";

    private AlphaSchedules() {}

    /**
     * @throws IllegalArgumentException for an unknown name or a bad power, listing the forms
     */
    public static AlphaSchedule parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "cosine":
                return new CosineSchedule();
            case "de-cosine":
            case "cosine-rescaled":
                return new RescaledCosineSchedule();
            case "linear":
                return new PowerSchedule(1);
            case "ddpm":
                return new DdpmSchedule();
            default:
                if (s.startsWith("power:")) {
                    return new PowerSchedule(number(s.substring(6), text));
                }
                throw new IllegalArgumentException("unknown schedule '" + text + "'; use " + FORMS);
        }
    }

    private static double number(String value, String text) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' needs a number after the colon", e);
        }
    }
}
