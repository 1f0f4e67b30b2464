package dev.ednag.continuous.problems;

/** A benchmark function on R^d, evaluated as written, with no box, sign or fitness transform. */
public interface TestFunction {

    /** What {@link #dim()} returns for a function defined in every dimension. */
    int ANY_DIMENSION = 0;

    /** Lower-case name, e.g. {@code himmelblau}. */
    String name();

    /** The one dimension the function is defined for, or {@link #ANY_DIMENSION}. */
    int dim();

    /** The function's value at {@code x}; {@code x} is not modified. */
    double value(double[] x);

    /** Fails unless {@code x} has {@code dim} coordinates, so a 2-D formula never reads a wrong point. */
    static double[] requireDimension(double[] x, int dim) {
        if (x.length != dim) {
            throw new IllegalArgumentException("expected " + dim + " coordinates, got " + x.length);
        }
        return x;
    }
}
