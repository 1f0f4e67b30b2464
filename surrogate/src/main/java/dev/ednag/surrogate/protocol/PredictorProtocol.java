package dev.ednag.surrogate.protocol;

import dev.ednag.core.space.Architecture;
import dev.ednag.surrogate.encoding.Encoding;
import dev.ednag.surrogate.model.Predictor;
import dev.ednag.surrogate.model.Surrogate;
import dev.ednag.surrogate.model.TrainingSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * The predictor protocol of White et al. (NeurIPS 2021, "How powerful are performance predictors in
 * NAS?"): train on n uniformly drawn labelled cells, predict every other cell of the space, and rank
 * the predictions against the labels. The training cells depend on (seed, n) only, so every
 * encoding and surrogate is fitted on the same cells and the comparison pairs up. Results do not
 * depend on the number of threads; only the fit times do.
 *
 * @param cells     every cell of the space (or of a benchmark's sample)
 * @param labels    the label of each cell: the metric an optimizer would search on
 */
public record PredictorProtocol(List<? extends Architecture> cells, double[] labels) {

    public PredictorProtocol {
        cells = List.copyOf(cells);
        Objects.requireNonNull(labels, "labels");
        if (labels.length != cells.size()) {
            throw new IllegalArgumentException(cells.size() + " cells but " + labels.length + " labels");
        }
        for (int i = 0; i < labels.length; i++) {
            if (!Double.isFinite(labels[i])) {
                throw new IllegalArgumentException("cell " + cells.get(i).key() + " has no finite label: " + labels[i]);
            }
        }
    }

    /**
     * Every (encoding, surrogate, n, seed) trial, in that nesting order.
     *
     * @param progress sees each trial as it finishes (in completion order)
     * @throws IllegalArgumentException when some n leaves fewer than two cells to predict
     */
    public List<PredictorTrial> run(List<Encoding> encodings, List<Surrogate> surrogates, int[] sizes, long[] seeds,
            int threads, Consumer<PredictorTrial> progress) {
        for (int n : sizes) {
            if (n < 2 || n > cells.size() - 2) {
                throw new IllegalArgumentException("training size " + n + " must be in 2.." + (cells.size() - 2)
                        + " for " + cells.size() + " cells");
            }
        }
        List<double[]> features = new ArrayList<>();
        for (Encoding e : encodings) {
            features.add(encodeAll(e));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PredictorTrial>> futures = new ArrayList<>();
            for (int e = 0; e < encodings.size(); e++) {
                for (Surrogate s : surrogates) {
                    for (int n : sizes) {
                        for (long seed : seeds) {
                            Encoding encoding = encodings.get(e);
                            double[] x = features.get(e);
                            futures.add(pool.submit(() -> {
                                PredictorTrial t = trial(encoding, x, s, n, seed);
                                synchronized (progress) {
                                    progress.accept(t);
                                }
                                return t;
                            }));
                        }
                    }
                }
            }
            List<PredictorTrial> out = new ArrayList<>(futures.size());
            for (Future<PredictorTrial> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The training cells of (seed, n): a seeded partial shuffle of the cell indices. */
    int[] trainingCells(long seed, int n) {
        int[] order = new int[cells.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return Arrays.copyOf(order, n);
    }

    private PredictorTrial trial(Encoding encoding, double[] x, Surrogate surrogate, int n, long seed) {
        int d = encoding.dimension();
        int[] train = trainingCells(seed, n);
        boolean[] inTrain = new boolean[cells.size()];
        double[] tx = new double[n * d];
        double[] ty = new double[n];
        for (int i = 0; i < n; i++) {
            inTrain[train[i]] = true;
            System.arraycopy(x, train[i] * d, tx, i * d, d);
            ty[i] = labels[train[i]];
        }
        long start = System.nanoTime();
        Predictor predictor = surrogate.fit(TrainingSet.unweighted(tx, n, d, ty), new SplittableRandom(seed));
        double fitMillis = (System.nanoTime() - start) / 1e6;
        int rest = cells.size() - n;
        double[] px = new double[rest * d];
        double[] truth = new double[rest];
        for (int i = 0, r = 0; i < cells.size(); i++) {
            if (!inTrain[i]) {
                System.arraycopy(x, i * d, px, r * d, d);
                truth[r++] = labels[i];
            }
        }
        double[] mean = new double[rest];
        predictor.predict(px, rest, mean, new double[rest]);
        return new PredictorTrial(encoding.name(), surrogate.name(), n, seed,
                new KendallsCorrelation().correlation(mean, truth), new SpearmansCorrelation().correlation(mean, truth),
                fitMillis);
    }

    private double[] encodeAll(Encoding encoding) {
        int d = encoding.dimension();
        double[] x = new double[cells.size() * d];
        for (int i = 0; i < cells.size(); i++) {
            encoding.encode(cells.get(i), x, i * d);
        }
        return x;
    }
}
