package dev.ednag.surrogate.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class DenseNetworkTest {

    /** Loss = Σ c·output for fixed c, so dLoss/dOutput = c. */
    private static double loss(DenseNetwork net, double[] x, int n, double[] c) {
        double[] y = net.forward(x, n);
        double s = 0;
        for (int i = 0; i < c.length; i++) {
            s += c[i] * y[i];
        }
        return s;
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(4);
        DenseNetwork net = new DenseNetwork(new int[] {3, 5, 4, 2}, random);
        int n = 3;
        double[] x = new double[n * 3];
        double[] c = new double[n * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = random.nextGaussian();
        }
        net.zeroGradient();
        net.forward(x, n);
        double[] inputGradient = net.backward(c, n).clone();
        double[] parameterGradient = net.gradient().clone();
        assertMatchesFiniteDifferences(net.parameters(), parameterGradient, () -> loss(net, x, n, c), "parameter");
        assertMatchesFiniteDifferences(x, inputGradient, () -> loss(net, x, n, c), "input");
    }

    /** Central differences of {@code loss} in each entry of {@code values} against {@code gradient}. */
    private static void assertMatchesFiniteDifferences(double[] values, double[] gradient, DoubleSupplier loss,
            String what) {
        double h = 1e-6;
        for (int i = 0; i < values.length; i++) {
            double keep = values[i];
            values[i] = keep + h;
            double up = loss.getAsDouble();
            values[i] = keep - h;
            double down = loss.getAsDouble();
            values[i] = keep;
            assertEquals((up - down) / (2 * h), gradient[i], 1e-6, what + " " + i);
        }
    }
}
