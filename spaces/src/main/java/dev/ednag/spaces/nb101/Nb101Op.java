package dev.ednag.spaces.nb101;

/**
 * The three operations an intermediate NAS-Bench-101 vertex can have, in the order of the genome's op
 * columns (7, 8, 9) and of the categorical options. {@link #benchmarkName()} is the benchmark's label,
 * {@link #token()} the short form used in keys.
 */
public enum Nb101Op {
    CONV3X3("conv3x3-bn-relu", "c3"),
    CONV1X1("conv1x1-bn-relu", "c1"),
    MAXPOOL3X3("maxpool3x3", "mp");

    /** The benchmark's label of vertex 0. */
    public static final String INPUT = "input";

    /** The benchmark's label of the last vertex. */
    public static final String OUTPUT = "output";

    /** The key token of vertex 0. */
    static final String INPUT_TOKEN = "in";

    /** The key token of the last vertex. */
    static final String OUTPUT_TOKEN = "out";

    private static final Nb101Op[] VALUES = values();

    private final String benchmarkName;
    private final String token;

    Nb101Op(String benchmarkName, String token) {
        this.benchmarkName = benchmarkName;
        this.token = token;
    }

    /** The label in NAS-Bench-101 specs, e.g. {@code conv3x3-bn-relu}. */
    public String benchmarkName() {
        return benchmarkName;
    }

    /** The short form in keys, e.g. {@code c3}. */
    public String token() {
        return token;
    }

    /** The op with this ordinal (0..2); a shared array, so it allocates nothing. */
    static Nb101Op ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** The op with this benchmark label, or null. */
    static Nb101Op findBenchmarkName(String name) {
        for (Nb101Op op : VALUES) {
            if (op.benchmarkName.equals(name)) {
                return op;
            }
        }
        return null;
    }

    /** The op with this key token, or null. */
    static Nb101Op findToken(String token) {
        for (Nb101Op op : VALUES) {
            if (op.token.equals(token)) {
                return op;
            }
        }
        return null;
    }

    /** "conv3x3-bn-relu, conv1x1-bn-relu, maxpool3x3", for error messages. */
    static String benchmarkNames() {
        return CONV3X3.benchmarkName + ", " + CONV1X1.benchmarkName + ", " + MAXPOOL3X3.benchmarkName;
    }

    /** "c3, c1, mp", for error messages. */
    static String tokens() {
        return CONV3X3.token + ", " + CONV1X1.token + ", " + MAXPOOL3X3.token;
    }
}
