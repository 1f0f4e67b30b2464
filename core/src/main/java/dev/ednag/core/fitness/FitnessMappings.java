package dev.ednag.core.fitness;

import java.util.Locale;

/** Fitness mappings by the names a command line uses. */
public final class FitnessMappings {

    /** The accepted forms, for help texts and errors. */
    public static final String FORMS = "identity, power:P (f^P), energy:T (exp(f/T), higher fitness weighs more)";

    private FitnessMappings() {}

    /**
     * @throws IllegalArgumentException for an unknown name or a bad parameter, listing the forms
     */
    public static FitnessMapping parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.equals("identity")) {
            return new IdentityMapping();
        }
        if (s.startsWith("power:")) {
            return new PowerMapping(number(s.substring(6), text));
        }
        if (s.startsWith("energy:")) {
            return EnergyMapping.maximizing(number(s.substring(7), text));
        }
        throw new IllegalArgumentException("unknown mapping '" + text + "'; use " + FORMS);
    }

    private static double number(String value, String text) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' needs a number after the colon", e);
        }
    }
}
