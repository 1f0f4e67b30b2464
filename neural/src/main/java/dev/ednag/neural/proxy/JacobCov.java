package dev.ednag.neural.proxy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import dev.ednag.core.space.Architecture;
import dev.ednag.neural.engine.NeuralEngine;
import dev.ednag.neural.engine.ThreadGradients;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * jacob_cov (Mellor et al., 2020, as scored by Abdelfattah et al.): the input gradients of the
 * summed logits, one row per image of the mini-batch, are correlated, and with the correlation
 * matrix's eigenvalues v the score is −Σ (ln(v + k) + 1/(v + k)), k = 10⁻⁵. Networks whose
 * gradients decorrelate across images score higher. Undefined (NaN) when an image's gradient is
 * constant, e.g. when no path joins input and output.
 */
public final class JacobCov implements ZeroCostProxy {

    private static final double K = 1e-5;

    @Override
    public String name() {
        return "jacob_cov";
    }

    @Override
    public boolean needsData() {
        return true;
    }

    @Override
    public double score(Architecture architecture, ProxyContext context, long seed) {
        MiniBatch batch = context.requireBatch(name());
        double[][] rows;
        try (NDManager manager = NeuralEngine.newManager()) {
            Block net = ProxyNetworks.build(manager, architecture, context, true, DataType.FLOAT32, seed);
            NDArray x = ProxyNetworks.images(manager, batch);
            x.setRequiresGradient(true);
            ThreadGradients.backpropagateSum(() -> ProxyNetworks.forward(manager, net, x));
            float[] gradient = x.getGradient().toFloatArray();
            int n = batch.size();
            int d = context.task().pixels();
            rows = new double[n][d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    rows[i][j] = gradient[i * d + j];
                }
            }
        }
        return score(rows);
    }

    /** The score of a Jacobian given as one row per image. */
    static double score(double[][] rows) {
        int n = rows.length;
        double[][] centred = new double[n][];
        for (int i = 0; i < n; i++) {
            double mean = 0;
            for (double v : rows[i]) {
                mean += v;
            }
            mean /= rows[i].length;
            double norm = 0;
            centred[i] = new double[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                centred[i][j] = rows[i][j] - mean;
                norm += centred[i][j] * centred[i][j];
            }
            if (norm == 0) {
                return Double.NaN;
            }
            double scale = 1.0 / Math.sqrt(norm);
            for (int j = 0; j < centred[i].length; j++) {
                centred[i][j] *= scale;
            }
        }
        double[][] correlation = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = i; k < n; k++) {
                double dot = 0;
                for (int j = 0; j < centred[i].length; j++) {
                    dot += centred[i][j] * centred[k][j];
                }
                correlation[i][k] = dot;
                correlation[k][i] = dot;
            }
        }
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(correlation, false)).getRealEigenvalues();
        double score = 0;
        for (double v : eigenvalues) {
            score -= Math.log(v + K) + 1.0 / (v + K);
        }
        return score;
    }
}
