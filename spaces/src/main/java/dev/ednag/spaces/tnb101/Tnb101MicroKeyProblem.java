package dev.ednag.spaces.tnb101;

import dev.ednag.spaces.KeyText;

/**
 * Explains why a string is not a TransNAS-Bench-101 micro arch name. Only runs on the error path:
 * valid keys are found by a hash lookup in {@link Tnb101MicroSpace}.
 */
final class Tnb101MicroKeyProblem {

    static final String EXPECTED_FORM = "64-41414-a_bc_def";

    private static final int[] GROUP_LENGTHS = {1, 2, 3};

    private Tnb101MicroKeyProblem() {
    }

    /** The full one-line message for a key that is not in the space. */
    static String message(String key) {
        return "'" + KeyText.abbreviate(key) + "' is not a " + Tnb101MicroSpace.NAME + " architecture: " + detail(key)
                + "; expected " + EXPECTED_FORM + " where a = op of edge 0->1, b,c = 0->2, 1->2 and d,e,f = 0->3,"
                + " 1->3, 2->3, each an op code " + Tnb101MicroOp.codeList();
    }

    static String detail(String key) {
        if (key.isEmpty()) {
            return "it is empty";
        }
        if (!key.startsWith(Tnb101MicroCell.PREFIX)) {
            return "it must start with '" + Tnb101MicroCell.PREFIX + "' (the fixed micro skeleton)";
        }
        String[] groups = key.substring(Tnb101MicroCell.PREFIX.length()).split("_", -1);
        if (groups.length != GROUP_LENGTHS.length) {
            return "expected 3 groups of digits separated by '_', found " + groups.length;
        }
        for (int g = 0; g < groups.length; g++) {
            int node = g + 1;
            if (groups[g].length() != GROUP_LENGTHS[g]) {
                return "node " + node + " group '" + KeyText.abbreviate(groups[g]) + "' has " + groups[g].length()
                        + " digit(s), expected " + GROUP_LENGTHS[g];
            }
            for (int source = 0; source < groups[g].length(); source++) {
                char c = groups[g].charAt(source);
                if (c < '0' || c > '3') {
                    return "op code '" + c + "' on edge " + source + "->" + node + " is not in 0..3";
                }
            }
        }
        return "it is not in canonical form (check for spaces or stray characters)";
    }
}
