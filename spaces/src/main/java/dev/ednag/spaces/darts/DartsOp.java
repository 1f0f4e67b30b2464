package dev.ednag.spaces.darts;

import java.util.ArrayList;
import java.util.List;

/**
 * The seven operations a derived DARTS genotype puts on an edge, in the order of DARTS' candidate
 * list. DARTS searches over an eighth candidate, {@code none}, but its derivation never keeps a
 * {@code none} edge, so genotypes (and the NAS-Bench-301 data) use exactly these seven.
 */
public enum DartsOp {
    MAX_POOL_3X3("max_pool_3x3"),
    AVG_POOL_3X3("avg_pool_3x3"),
    SKIP_CONNECT("skip_connect"),
    SEP_CONV_3X3("sep_conv_3x3"),
    SEP_CONV_5X5("sep_conv_5x5"),
    DIL_CONV_3X3("dil_conv_3x3"),
    DIL_CONV_5X5("dil_conv_5x5");

    /** Number of operations. */
    public static final int COUNT = 7;

    private static final DartsOp[] VALUES = values();

    private final String token;

    DartsOp(String token) {
        this.token = token;
    }

    /** The genotype token, e.g. {@code sep_conv_3x3}. */
    public String token() {
        return token;
    }

    /** The op with this ordinal (0..6); a shared array, so it allocates nothing. */
    static DartsOp ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /**
     * The op with this genotype token.
     *
     * @throws IllegalArgumentException naming the token and the valid ones
     */
    public static DartsOp ofToken(String token) {
        DartsOp op = findToken(token);
        if (op == null) {
            throw new IllegalArgumentException("unknown DARTS op '" + token + "'; expected one of " + tokenList());
        }
        return op;
    }

    /** The op with this token, or null. */
    static DartsOp findToken(String token) {
        for (DartsOp op : VALUES) {
            if (op.token.equals(token)) {
                return op;
            }
        }
        return null;
    }

    /** "max_pool_3x3, avg_pool_3x3, …", for error messages. */
    static String tokenList() {
        List<String> tokens = new ArrayList<>(VALUES.length);
        for (DartsOp op : VALUES) {
            tokens.add(op.token);
        }
        return String.join(", ", tokens);
    }
}
