package dev.ednag.benchmarks;

/**
 * Reads one numeric CSV field. Accepts decimal numbers with optional exponent, {@code NaN}
 * (missing) and {@code inf}/{@code infinity} with a sign, in any case; rejects the suffixes
 * {@code d}/{@code f} and other spellings that {@link Double#parseDouble} happens to accept.
 */
final class NumberField {

    private NumberField() {
    }

    /**
     * The value of {@code field} (already stripped, not empty).
     *
     * @throws NumberFormatException when it is not a number
     */
    static double parse(String field) {
        char first = field.charAt(0);
        char last = field.charAt(field.length() - 1);
        boolean plausible = (isDigit(first) || first == '.' || first == '-' || first == '+')
                && (isDigit(last) || last == '.');
        if (plausible) {
            return Double.parseDouble(field); // throws for "1.2.3", "-", "1e" and so on
        }
        return special(field);
    }

    private static double special(String field) {
        String word = field;
        double sign = 1.0;
        if (word.startsWith("-") || word.startsWith("+")) {
            sign = word.charAt(0) == '-' ? -1.0 : 1.0;
            word = word.substring(1);
        }
        if (word.equalsIgnoreCase("nan") && word.length() == field.length()) {
            return Double.NaN;
        }
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        throw new NumberFormatException(field);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
