package dev.ednag.neural.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JacobCovTest {

    @Test
    void uncorrelatedGradientsScoreTheClosedForm() {
        // Centred, orthogonal rows: the correlation matrix is I, every eigenvalue 1.
        double[][] rows = {{1, -1, 0, 0}, {0, 0, 1, -1}, {1, 1, -1, -1}};
        double k = 1e-5;
        assertEquals(-3 * (Math.log(1 + k) + 1 / (1 + k)), JacobCov.score(rows), 1e-9);
    }

    @Test
    void correlatedGradientsScoreLower() {
        double[][] independent = {{1, -1, 0, 0}, {0, 0, 1, -1}, {1, 1, -1, -1}};
        double[][] alike = {{1, -1, 0, 0}, {1, -0.9, 0.1, 0}, {0.9, -1, 0, 0.1}};
        assertTrue(JacobCov.score(alike) < JacobCov.score(independent));
    }

    @Test
    void aConstantGradientIsUndefined() {
        assertTrue(Double.isNaN(JacobCov.score(new double[][] {{1, -1, 0}, {2, 2, 2}})));
    }
}
