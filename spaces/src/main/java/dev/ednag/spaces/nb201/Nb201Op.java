package dev.ednag.spaces.nb201;

import java.util.ArrayList;
import java.util.List;

/**
 * The five NAS-Bench-201 edge operations, in the benchmark's own order (the order of its op list and
 * of the digits of its {@code op_code}). In the 8×7 genome an op occupies column {@code ordinal() + 2};
 * columns 0 and 1 stand for the input and output nodes and are never an op.
 */
public enum Nb201Op {
    NONE("none"),
    SKIP_CONNECT("skip_connect"),
    NOR_CONV_1X1("nor_conv_1x1"),
    NOR_CONV_3X3("nor_conv_3x3"),
    AVG_POOL_3X3("avg_pool_3x3");

    /** Genome column of the first op; columns before it are the input and output nodes. */
    public static final int FIRST_OP_COLUMN = 2;

    private static final Nb201Op[] VALUES = values();

    private final String token;

    Nb201Op(String token) {
        this.token = token;
    }

    /** The official token used in arch strings, e.g. {@code nor_conv_3x3}. */
    public String token() {
        return token;
    }

    /** The genome column of this op: {@code ordinal() + 2}. */
    public int column() {
        return ordinal() + FIRST_OP_COLUMN;
    }

    /** The op with this ordinal (0..4); a shared array, so it allocates nothing. */
    static Nb201Op ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /**
     * The op with this official token.
     *
     * @throws IllegalArgumentException naming the token and the valid ones
     */
    public static Nb201Op ofToken(String token) {
        Nb201Op op = findToken(token);
        if (op == null) {
            throw new IllegalArgumentException("unknown NAS-Bench-201 op '" + token + "'; expected one of " + tokenList());
        }
        return op;
    }

    /**
     * The op stored in genome column {@code column} (2..6).
     *
     * @throws IllegalArgumentException for columns 0 and 1 (input/output) and out-of-range columns
     */
    public static Nb201Op ofColumn(int column) {
        int ordinal = column - FIRST_OP_COLUMN;
        if (ordinal < 0 || ordinal >= VALUES.length) {
            throw new IllegalArgumentException("genome column " + column + " is not an op; ops are in columns "
                    + FIRST_OP_COLUMN + ".." + (FIRST_OP_COLUMN + VALUES.length - 1));
        }
        return VALUES[ordinal];
    }

    /** The op with this token, or null. */
    static Nb201Op findToken(String token) {
        for (Nb201Op op : VALUES) {
            if (op.token.equals(token)) {
                return op;
            }
        }
        return null;
    }

    /** "none, skip_connect, …", for error messages. */
    static String tokenList() {
        List<String> tokens = new ArrayList<>(VALUES.length);
        for (Nb201Op op : VALUES) {
            tokens.add(op.token);
        }
        return String.join(", ", tokens);
    }
}
