package dev.ednag.surrogate.model;

/**
 * The Cholesky factor of a symmetric kernel matrix K = L·Lᵀ, kept as the rows of U = Lᵀ. Written
 * out rather than taken from Commons Math because the Gaussian process factors 20 matrices per fit
 * and then solves against L once per predicted row. Storing Lᵀ row by row makes the right-looking
 * factorisation and the forward substitution a·x + y sweeps over two distinct arrays, which the JIT
 * vectorises (on one flat array it cannot rule out overlap and runs about 3× slower); see
 * {@link GaussianProcess} for the measurements. Immutable once built.
 */
final class KernelCholesky {

    private final double[][] upper;
    private final int n;

    private KernelCholesky(double[][] upper) {
        this.upper = upper;
        this.n = upper.length;
    }

    /**
     * Factors the symmetric n × n matrix {@code a} (only its upper triangle is read) in place, so
     * its rows hold U = Lᵀ afterwards (the strict lower triangle is zeroed).
     *
     * @return the factor, or {@code null} when {@code a} is not numerically positive definite, in
     *         which case {@code a} is left partly overwritten
     */
    static KernelCholesky factorInPlace(double[][] a) {
        int n = a.length;
        for (double[] row : a) {
            if (row.length != n) {
                throw new IllegalArgumentException("a Cholesky factor needs a square matrix, got a row of "
                        + row.length + " in an " + n + "-row matrix");
            }
        }
        for (int i = 0; i < n; i++) {
            double[] rowI = a[i];
            double pivot = rowI[i];
            if (!(pivot > 0) || !Double.isFinite(pivot)) {
                return null;
            }
            double diagonal = Math.sqrt(pivot);
            rowI[i] = diagonal;
            double inverse = 1 / diagonal;
            for (int q = i + 1; q < n; q++) {
                rowI[q] *= inverse;
            }
            // Subtract the outer product of row i from the trailing upper triangle, one row at a time.
            for (int q = i + 1; q < n; q++) {
                double f = rowI[q];
                double[] rowQ = a[q];
                for (int p = q; p < n; p++) {
                    rowQ[p] -= f * rowI[p];
                }
            }
            for (int j = 0; j < i; j++) {
                rowI[j] = 0;
            }
        }
        return new KernelCholesky(a);
    }

    int size() {
        return n;
    }

    /** Overwrites {@code v} with L⁻¹·v (forward substitution, column by column of L = row by row of U). */
    void forwardInPlace(double[] v) {
        for (int j = 0; j < n; j++) {
            double[] row = upper[j];
            double x = v[j] / row[j];
            v[j] = x;
            for (int i = j + 1; i < n; i++) {
                v[i] -= row[i] * x;
            }
        }
    }

    /** Overwrites {@code v} with L⁻ᵀ·v = U⁻¹·v (back substitution). */
    void backwardInPlace(double[] v) {
        for (int i = n - 1; i >= 0; i--) {
            double[] row = upper[i];
            double s = v[i];
            for (int k = i + 1; k < n; k++) {
                s -= row[k] * v[k];
            }
            v[i] = s / row[i];
        }
    }

    /** K⁻¹·b in a fresh array. */
    double[] solve(double[] b) {
        if (b.length != n) {
            throw new IllegalArgumentException("solving a " + n + " × " + n + " system needs " + n
                    + " values, got " + b.length);
        }
        double[] x = b.clone();
        forwardInPlace(x);
        backwardInPlace(x);
        return x;
    }

    /** log det K = 2·Σ log Uᵢᵢ. */
    double logDeterminant() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.log(upper[i][i]);
        }
        return 2 * sum;
    }
}
