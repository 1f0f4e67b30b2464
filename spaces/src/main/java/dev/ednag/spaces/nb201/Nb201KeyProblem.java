package dev.ednag.spaces.nb201;

/**
 * Explains why a string is not a NAS-Bench-201 arch string. Only runs on the error path: valid keys
 * are found by a hash lookup in {@link Nb201Space}, so this code can afford to be plain rather than fast.
 */
final class Nb201KeyProblem {

    static final String EXPECTED_FORM = "|op~0|+|op~0|op~1|+|op~0|op~1|op~2|";

    private static final int MAX_SHOWN = 120;

    private Nb201KeyProblem() {
    }

    /** The full one-line message for a key that is not in the space. */
    static String message(String key) {
        return "'" + abbreviate(key) + "' is not a " + Nb201Space.NAME + " architecture: " + detail(key)
                + "; expected " + EXPECTED_FORM + " with edges 0->1, 0->2, 1->2, 0->3, 1->3, 2->3"
                + " and each op one of " + Nb201Op.tokenList();
    }

    /** What is wrong with {@code key}, as specifically as the first problem found allows. */
    static String detail(String key) {
        if (key.isEmpty()) {
            return "it is empty";
        }
        if (!key.startsWith("|") || !key.endsWith("|") || key.length() < 2) {
            return "it must start and end with '|'";
        }
        String[] groups = key.substring(1, key.length() - 1).split("\\|\\+\\|", -1);
        if (groups.length != 3) {
            return "expected 3 node groups separated by '|+|', found " + groups.length;
        }
        for (int g = 0; g < groups.length; g++) {
            int target = g + 1;
            String[] edges = groups[g].split("\\|", -1);
            if (edges.length != target) {
                return "node " + target + " group '" + abbreviate(groups[g]) + "' has " + edges.length
                        + " edge(s), expected " + target;
            }
            for (int source = 0; source < edges.length; source++) {
                String problem = edgeProblem(edges[source], source, target);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return "it is not in canonical form (check for spaces or stray characters)";
    }

    private static String edgeProblem(String edge, int source, int target) {
        int tilde = edge.lastIndexOf('~');
        String where = "edge " + source + "->" + target;
        if (tilde < 0) {
            return where + " is '" + abbreviate(edge) + "', expected 'op~" + source + "'";
        }
        String suffix = edge.substring(tilde + 1);
        if (!suffix.equals(Integer.toString(source))) {
            return where + " is '" + abbreviate(edge) + "', expected source node ~" + source;
        }
        String token = edge.substring(0, tilde);
        if (Nb201Op.findToken(token) == null) {
            return "unknown op '" + abbreviate(token) + "' on " + where;
        }
        return null;
    }

    /** Keeps a message to one readable line when someone passes a whole CSV line as a key. */
    static String abbreviate(String s) {
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "...";
    }
}
