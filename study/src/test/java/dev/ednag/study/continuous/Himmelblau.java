package dev.ednag.study.continuous;

import dev.ednag.continuous.BatchFitness;
import dev.ednag.continuous.Generation;
import dev.ednag.continuous.problems.HimmelblauMinima;
import dev.ednag.continuous.problems.ProblemSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** The suite's Himmelblau problem with a fitness that counts its calls, and a made-up run that converges. */
final class Himmelblau {

    static final double LIMIT = 5;
    static final List<double[]> OPTIMA = HimmelblauMinima.points();

    /** Batch calls so far. */
    final AtomicInteger calls = new AtomicInteger();
    /** Points scored so far. */
    final AtomicInteger points = new AtomicInteger();

    private Himmelblau() {}

    static Himmelblau counting() {
        return new Himmelblau();
    }

    /** The suite's energy fitness of Himmelblau's function, counting calls and points. */
    BatchFitness fitness() {
        BatchFitness one = ProblemSuite.problem("himmelblau").fitness();
        return batch -> {
            calls.incrementAndGet();
            points.addAndGet(batch.length);
            return one.evaluate(batch);
        };
    }

    /** {@code generations} generations of 64 members drawn from N(0, 3²) then pulled towards the optima. */
    static List<Generation> run(int generations) {
        Random random = new Random(1);
        double[][] x = new double[64][2];
        for (double[] p : x) {
            p[0] = 3 * random.nextGaussian();
            p[1] = 3 * random.nextGaussian();
        }
        List<Generation> trace = new ArrayList<>();
        for (int g = 0; g < generations; g++) {
            double[][] copy = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                copy[i] = x[i].clone();
            }
            trace.add(new Generation(g, copy, new double[x.length]));
            for (int i = 0; i < x.length; i++) {
                double[] target = OPTIMA.get(i % OPTIMA.size());
                x[i][0] += 0.25 * (target[0] - x[i][0]);
                x[i][1] += 0.25 * (target[1] - x[i][1]);
            }
        }
        return trace;
    }

    /** One generation with every member at {@code (x, y)}. */
    static Generation at(double x, double y, int members) {
        double[][] positions = new double[members][];
        for (int i = 0; i < members; i++) {
            positions[i] = new double[] {x, y};
        }
        return new Generation(0, positions, new double[members]);
    }
}
