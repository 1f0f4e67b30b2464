package dev.ednag.spaces.mobilenetv3;

import java.util.ArrayList;
import java.util.List;

/**
 * What one layer slot of the OFA MobileNetV3 space holds: an inverted-residual (MBConv) layer with
 * depthwise kernel {@code k} and expand ratio {@code e}, written {@code k-e}, or {@code none} for a
 * skipped slot. The order is the genome's column order of algorithm spec §6.5: an op sits in column
 * {@code ordinal() + 2}, after the input (0) and output (1) columns, so {@code none} is column 11.
 */
public enum MobileNetV3Op {
    K3_E3(3, 3),
    K3_E4(3, 4),
    K3_E6(3, 6),
    K5_E3(5, 3),
    K5_E4(5, 4),
    K5_E6(5, 6),
    K7_E3(7, 3),
    K7_E4(7, 4),
    K7_E6(7, 6),
    NONE(0, 0);

    /** Genome column of the first op; columns 0 and 1 are the input and output tokens. */
    public static final int FIRST_OP_COLUMN = 2;

    /** The nine real layers; {@link #NONE} is the tenth op. */
    public static final int LAYER_OPS = 9;

    private static final MobileNetV3Op[] VALUES = values();

    private final int kernel;
    private final int expand;
    private final String token;

    MobileNetV3Op(int kernel, int expand) {
        this.kernel = kernel;
        this.expand = expand;
        this.token = kernel == 0 ? "none" : kernel + "-" + expand;
    }

    /** The token used in keys: {@code 3-3} … {@code 7-6}, or {@code none}. */
    public String token() {
        return token;
    }

    /** The genome column: {@code ordinal() + 2}. */
    public int column() {
        return ordinal() + FIRST_OP_COLUMN;
    }

    /** True for a real layer, false for {@link #NONE}. */
    public boolean isLayer() {
        return this != NONE;
    }

    /**
     * The depthwise kernel size, 3, 5 or 7.
     *
     * @throws IllegalStateException for {@link #NONE}, which has no kernel
     */
    public int kernel() {
        requireLayer();
        return kernel;
    }

    /**
     * The expand ratio of the 1×1 expansion, 3, 4 or 6.
     *
     * @throws IllegalStateException for {@link #NONE}, which has no expansion
     */
    public int expand() {
        requireLayer();
        return expand;
    }

    private void requireLayer() {
        if (this == NONE) {
            throw new IllegalStateException("'none' is a skipped slot, not a layer: it has no kernel or expand ratio");
        }
    }

    /** The op with this ordinal (0..9); a shared array, so it allocates nothing. */
    static MobileNetV3Op ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /**
     * The op with this token.
     *
     * @throws IllegalArgumentException naming the token and the valid ones
     */
    public static MobileNetV3Op ofToken(String token) {
        MobileNetV3Op op = findToken(token);
        if (op == null) {
            throw new IllegalArgumentException("unknown MobileNetV3 op '" + token + "'; expected one of " + tokenList());
        }
        return op;
    }

    /** The op with this token, or null. */
    static MobileNetV3Op findToken(String token) {
        for (MobileNetV3Op op : VALUES) {
            if (op.token.equals(token)) {
                return op;
            }
        }
        return null;
    }

    /** "3-3, 3-4, …, none", for error messages. */
    static String tokenList() {
        List<String> tokens = new ArrayList<>(VALUES.length);
        for (MobileNetV3Op op : VALUES) {
            tokens.add(op.token);
        }
        return String.join(", ", tokens);
    }
}
