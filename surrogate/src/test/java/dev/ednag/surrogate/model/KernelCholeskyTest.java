package dev.ednag.surrogate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KernelCholeskyTest {

    /** A random symmetric positive definite matrix B·Bᵀ + I. */
    private static double[][] spd(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] b = new double[n][n];
        for (double[] row : b) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    a[i][j] += b[i][k] * b[j][k];
                }
            }
            a[i][i] += 1;
        }
        return a;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    @Test
    void solvesAndReconstructsARandomSystem() {
        int n = 37;
        double[][] a = spd(n, 5);
        double[][] u = copy(a);
        KernelCholesky factor = KernelCholesky.factorInPlace(u);
        assertNotNull(factor);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double uu = 0;
                for (int k = 0; k < n; k++) {
                    uu += u[k][i] * u[k][j];
                }
                assertEquals(a[i][j], uu, 1e-9 * Math.abs(a[i][i]), "(UᵀU)[" + i + "][" + j + "]");
                if (j < i) {
                    assertEquals(0.0, u[i][j], "strict lower triangle is zeroed");
                }
            }
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = Math.sin(i);
        }
        double[] x = factor.solve(b);
        for (int i = 0; i < n; i++) {
            double ax = 0;
            for (int j = 0; j < n; j++) {
                ax += a[i][j] * x[j];
            }
            assertEquals(b[i], ax, 1e-9, "row " + i + " of A·x");
        }
    }

    @Test
    void logDeterminantOfASmallMatrix() {
        double[][] a = {{4, 2}, {2, 3}};
        KernelCholesky factor = KernelCholesky.factorInPlace(a);
        assertEquals(Math.log(8), factor.logDeterminant(), 1e-12);
        double[] v = {2, 1};
        factor.forwardInPlace(v); // L = [[2, 0], [1, √2]]
        assertEquals(1.0, v[0], 1e-12);
        assertEquals(0.0, v[1], 1e-12);
    }

    @Test
    void reportsAMatrixThatIsNotPositiveDefinite() {
        assertNull(KernelCholesky.factorInPlace(new double[][] {{1, 1}, {1, 1}}));
        assertNull(KernelCholesky.factorInPlace(new double[][] {{1, 2}, {2, 1}}));
        assertNull(KernelCholesky.factorInPlace(new double[][] {{Double.NaN}}));
        assertThrows(IllegalArgumentException.class, () -> KernelCholesky.factorInPlace(new double[][] {{1, 0}, {0}}));
    }
}
