package dev.ednag.spaces.darts;

import java.util.Objects;

/**
 * Reads DARTS cells written as eight {@code op~input} tokens joined by {@code |} (two per intermediate
 * node, in node order), the form of the NAS-Bench-301 data and of {@link DartsArchitecture#key()}.
 * Table loading and key parsing are not hot paths, so this favours specific error messages over speed.
 */
final class DartsGenotypeReader {

    static final String CELL_FORM = "8 tokens op~input joined by '|', two per intermediate node in node order,"
            + " node i (0..3) reading two distinct inputs among 0..i+1";

    static final String KEY_FORM = DartsArchitecture.NORMAL_PREFIX + "<cell>" + DartsArchitecture.REDUCE_PREFIX
            + "<cell>";

    private static final int MAX_SHOWN = 300; // a whole key (at most 253 characters) but not a whole CSV line

    private DartsGenotypeReader() {
    }

    /**
     * The architecture with these cells, each node's two tokens in either order.
     *
     * @throws IllegalArgumentException naming the cell, the token and what is wrong with it
     */
    static DartsArchitecture fromCells(String normalTokens, String reduceTokens) {
        Objects.requireNonNull(normalTokens, "normalTokens");
        Objects.requireNonNull(reduceTokens, "reduceTokens");
        return new DartsArchitecture(cellCode(normalTokens, "normal"), cellCode(reduceTokens, "reduction"));
    }

    /**
     * Parses a canonical key exactly: a key with a node's tokens in the other order is rejected, naming
     * the canonical key, so that one architecture has one key.
     *
     * @throws IllegalArgumentException naming the key, what is wrong with it and the expected form
     */
    static DartsArchitecture fromKey(String key) {
        Objects.requireNonNull(key, "key");
        int[] inputs = new int[2 * DartsCell.EDGES];
        int[] ops = new int[2 * DartsCell.EDGES];
        String problem = keyShapeProblem(key);
        if (problem == null) {
            int split = key.indexOf(DartsArchitecture.REDUCE_PREFIX);
            problem = cellProblem(key.substring(DartsArchitecture.NORMAL_PREFIX.length(), split), "normal",
                    inputs, ops, 0);
            if (problem == null) {
                problem = cellProblem(key.substring(split + DartsArchitecture.REDUCE_PREFIX.length()), "reduction",
                        inputs, ops, DartsCell.EDGES);
            }
        }
        if (problem == null) {
            DartsArchitecture architecture = new DartsArchitecture(DartsCell.code(inputs, ops, 0),
                    DartsCell.code(inputs, ops, DartsCell.EDGES));
            if (architecture.key().equals(key)) {
                return architecture;
            }
            problem = "a node's two tokens are not in canonical order (lower input first); the canonical key is "
                    + architecture.key();
        }
        throw new IllegalArgumentException("'" + abbreviate(key) + "' is not a " + DartsSpace.NAME
                + " architecture: " + problem + "; expected " + KEY_FORM + " with each cell " + CELL_FORM
                + ", ops one of " + DartsOp.tokenList());
    }

    private static String keyShapeProblem(String key) {
        if (!key.startsWith(DartsArchitecture.NORMAL_PREFIX)) {
            return "it must start with '" + DartsArchitecture.NORMAL_PREFIX + "'";
        }
        int split = key.indexOf(DartsArchitecture.REDUCE_PREFIX);
        if (split < 0) {
            return "it has no '" + DartsArchitecture.REDUCE_PREFIX + "' after the normal cell";
        }
        if (key.indexOf(DartsArchitecture.REDUCE_PREFIX, split + 1) >= 0) {
            return "it has more than one '" + DartsArchitecture.REDUCE_PREFIX + "'";
        }
        return null;
    }

    private static int cellCode(String tokens, String cellName) {
        int[] inputs = new int[DartsCell.EDGES];
        int[] ops = new int[DartsCell.EDGES];
        String problem = cellProblem(tokens, cellName, inputs, ops, 0);
        if (problem != null) {
            throw new IllegalArgumentException("'" + abbreviate(tokens) + "' is not a DARTS " + cellName + " cell: "
                    + problem + "; expected " + CELL_FORM + ", ops one of " + DartsOp.tokenList());
        }
        return DartsCell.code(inputs, ops, 0);
    }

    /** Fills {@code inputs} and {@code ops} from {@code from} on; returns what is wrong, or null. */
    private static String cellProblem(String tokens, String cellName, int[] inputs, int[] ops, int from) {
        String[] parts = tokens.split("\\|", -1);
        if (parts.length != DartsCell.EDGES) {
            return "the " + cellName + " cell has " + parts.length + " token(s), expected " + DartsCell.EDGES;
        }
        for (int edge = 0; edge < DartsCell.EDGES; edge++) {
            String problem = edgeProblem(parts[edge], edge, inputs, ops, from);
            if (problem != null) {
                return "token " + (edge + 1) + " of the " + cellName + " cell " + problem;
            }
            if ((edge & 1) == 1 && inputs[from + edge] == inputs[from + edge - 1]) {
                return "intermediate node " + (edge >> 1) + " (tokens " + edge + " and " + (edge + 1)
                        + " of the " + cellName + " cell) reads input " + inputs[from + edge]
                        + " twice; its two inputs must differ";
            }
        }
        return null;
    }

    private static String edgeProblem(String token, int edge, int[] inputs, int[] ops, int from) {
        int tilde = token.lastIndexOf('~');
        if (tilde < 0) {
            return "is '" + abbreviate(token) + "', expected op~input";
        }
        String opToken = token.substring(0, tilde);
        DartsOp op = DartsOp.findToken(opToken);
        if (op == null) {
            return opToken.equals("none")
                    ? "is '" + token + "': 'none' is a DARTS search candidate that never appears in a derived genotype"
                    : "has unknown op '" + abbreviate(opToken) + "'";
        }
        int node = edge >> 1;
        int last = DartsCell.inputCount(node) - 1;
        String input = token.substring(tilde + 1);
        if (input.length() != 1 || input.charAt(0) < '0' || input.charAt(0) > '0' + last) {
            return "is '" + abbreviate(token) + "': intermediate node " + node + " reads inputs 0.." + last
                    + ", got '" + abbreviate(input) + "'";
        }
        inputs[from + edge] = input.charAt(0) - '0';
        ops[from + edge] = op.ordinal();
        return null;
    }

    /** Keeps a message to one readable line when someone passes a whole CSV line. */
    private static String abbreviate(String s) {
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "...";
    }
}
