package dev.ednag.core.space;

/** The R×C matrix an architecture is encoded as; stored flattened row-major, length R·C. */
public record GenomeShape(int rows, int cols) {

    public GenomeShape {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("genome shape must be positive, got " + rows + "x" + cols);
        }
    }

    /** Flattened genome length D = R·C. */
    public int length() {
        return rows * cols;
    }

    @Override
    public String toString() {
        return rows + "x" + cols;
    }
}
