package dev.ednag.spaces.tnb101;

/**
 * The four TransNAS-Bench-101 cell operations. The ordinal is the benchmark's op code, i.e. the
 * digit written for the edge in the arch string, and also the genome column of the op.
 */
public enum Tnb101MicroOp {
    /** Zeroise: the edge carries nothing. */
    NONE("none"),
    SKIP_CONNECT("skip_connect"),
    /** ReLU, 1×1 convolution, batch norm. */
    CONV_1X1("conv1x1"),
    /** ReLU, 3×3 convolution, batch norm. */
    CONV_3X3("conv3x3");

    private static final Tnb101MicroOp[] VALUES = values();

    private final String label;

    Tnb101MicroOp(String label) {
        this.label = label;
    }

    /** A readable name for messages; keys use the digit {@link #code()}. */
    public String label() {
        return label;
    }

    /** The benchmark's op code 0..3, the digit of this op in the arch string. */
    public int code() {
        return ordinal();
    }

    /**
     * The op with this code.
     *
     * @throws IllegalArgumentException for codes outside 0..3
     */
    public static Tnb101MicroOp ofCode(int code) {
        if (code < 0 || code >= VALUES.length) {
            throw new IllegalArgumentException("TransNAS-Bench-101 cell op code must be in 0..3 (" + codeList()
                    + "), got " + code);
        }
        return VALUES[code];
    }

    /** "0 none, 1 skip_connect, …", for error messages. */
    static String codeList() {
        StringBuilder sb = new StringBuilder();
        for (Tnb101MicroOp op : VALUES) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(op.code()).append(' ').append(op.label);
        }
        return sb.toString();
    }
}
