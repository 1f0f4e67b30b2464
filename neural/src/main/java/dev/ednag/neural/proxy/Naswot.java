package dev.ednag.neural.proxy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import dev.ednag.core.space.Architecture;
import dev.ednag.neural.ActivationPatterns;
import dev.ednag.neural.engine.NeuralEngine;
import dev.ednag.neural.engine.ThreadGradients;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * NASWOT (Mellor et al., ICML 2021): each image of one mini-batch gets a binary code, which ReLU
 * units it activates; K counts, for each pair of images, the units on which their codes agree
 * (the number of units minus the Hamming distance). The score is ln |det K|: networks that tell
 * the images apart at initialisation score higher. Undefined (NaN) when K is singular, e.g. when
 * two images share every code.
 */
public final class Naswot implements ZeroCostProxy {

    @Override
    public String name() {
        return "naswot";
    }

    @Override
    public boolean needsData() {
        return true;
    }

    @Override
    public double score(Architecture architecture, ProxyContext context, long seed) {
        MiniBatch batch = context.requireBatch(name());
        double[][] kernel;
        try (NDManager manager = NeuralEngine.newManager()) {
            Block net = ProxyNetworks.build(manager, architecture, context, true, DataType.FLOAT32, seed);
            NDArray x = ProxyNetworks.images(manager, batch);
            kernel = ActivationPatterns.kernel(batch.size(),
                    () -> ThreadGradients.withoutRecording(() -> ProxyNetworks.forward(manager, net, x)));
        }
        return logAbsDeterminant(kernel);
    }

    /** ln |det K| of a symmetric matrix, from its eigenvalues; NaN when one of them is zero. */
    static double logAbsDeterminant(double[][] kernel) {
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(kernel, false)).getRealEigenvalues();
        double largest = 0;
        for (double v : eigenvalues) {
            largest = Math.max(largest, Math.abs(v));
        }
        double sum = 0;
        for (double v : eigenvalues) {
            // Below round-off of the largest eigenvalue, K is singular.
            if (Math.abs(v) <= largest * kernel.length * 1e-13) {
                return Double.NaN;
            }
            sum += Math.log(Math.abs(v));
        }
        return sum;
    }
}
