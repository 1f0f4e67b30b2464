package dev.ednag.spaces.tnb101;

import dev.ednag.spaces.KeyText;

/**
 * Explains why a string is not a TransNAS-Bench-101 macro arch name. Only runs on the error path:
 * valid keys are found by a hash lookup in {@link Tnb101MacroSpace}.
 */
final class Tnb101MacroKeyProblem {

    static final String EXPECTED_FORM = "64-<4 to 6 digits 1..4>-basic";

    private Tnb101MacroKeyProblem() {
    }

    /** The full one-line message for a key that is not in the space. */
    static String message(String key) {
        return "'" + KeyText.abbreviate(key) + "' is not a " + Tnb101MacroSpace.NAME + " architecture: "
                + detail(key) + "; expected " + EXPECTED_FORM + " (1 normal, 2 channels x2, 3 resolution /2, 4 both)"
                + " with " + Tnb101MacroRule.TEXT;
    }

    static String detail(String key) {
        if (key.isEmpty()) {
            return "it is empty";
        }
        if (!key.startsWith(Tnb101MacroSkeleton.PREFIX) || !key.endsWith(Tnb101MacroSkeleton.SUFFIX)
                || key.length() < Tnb101MacroSkeleton.PREFIX.length() + Tnb101MacroSkeleton.SUFFIX.length()) {
            return "it must start with '" + Tnb101MacroSkeleton.PREFIX + "' and end with '"
                    + Tnb101MacroSkeleton.SUFFIX + "'";
        }
        String digits = key.substring(Tnb101MacroSkeleton.PREFIX.length(),
                key.length() - Tnb101MacroSkeleton.SUFFIX.length());
        int[] codes = new int[digits.length()];
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '1' || c > '4') {
                return "module " + i + " is '" + c + "', not a digit 1..4";
            }
            codes[i] = c - '0';
        }
        String problem = Tnb101MacroRule.problem(codes, codes.length);
        return problem != null ? problem : "it is not in canonical form";
    }
}
