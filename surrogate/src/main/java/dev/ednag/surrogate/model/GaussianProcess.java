package dev.ednag.surrogate.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A Gaussian-process performance predictor: RBF kernel on the feature rows, noise σ²/wᵢ on row i
 * (a row of weight w &lt; 1, e.g. a synthetic pair, counts as that much noisier), fitted to targets
 * standardised by their weighted mean and sd, with signal variance s² = 1. From a few dozen
 * evaluations it gives a posterior standard deviation, the uncertainty acquisition functions need.
 *
 * <p><b>Hyper-parameters.</b> ℓ and σ² maximise the log marginal likelihood over a fixed grid:
 * ℓ = m·{0.25, 0.5, 1, 2, 4}, m the median distance between distinct training rows (1 if every row
 * is equal), and σ² ∈ {1e−4, 1e−2, 1e−1, 0.5}. A grid rather than gradient ascent, because the
 * likelihood is multi-modal and a grid is cheap, deterministic and reproducible across machines.
 * Points are tried ℓ-major (every σ² for the first ℓ, then the next ℓ); only a strictly larger
 * likelihood replaces the incumbent, so ties go to the earlier point. Where K is not numerically
 * positive definite, jitter 1e−6·I is added and multiplied by 10 up to three times before that grid
 * point is skipped, so duplicate rows never fail a fit.
 *
 * <p><b>Determinism.</b> The fit is a pure function of the data: the random stream is unused.
 *
 * <p><b>Linear algebra.</b> Cholesky on plain arrays ({@link KernelCholesky}) rather than Commons
 * Math's {@code CholeskyDecomposition}: with 155 sparse 0/1 features a whole 20-point fit took
 * 3–4, 13–14 and 58–71 ms at n = 100, 200 and 400, against 12, 27–29 and 165–185 ms for the same
 * grid through the library (best of repeated fits, one thread, two runs); the predictor needs the
 * factor on plain arrays for its per-row loops anyway.
 */
public final class GaussianProcess implements Surrogate {

    /** ℓ as multiples of the median pairwise distance. */
    public static final List<Double> DEFAULT_LENGTH_SCALE_FACTORS = List.of(0.25, 0.5, 1.0, 2.0, 4.0);
    /** σ² on standardised targets. */
    public static final List<Double> DEFAULT_NOISE_VARIANCES = List.of(1e-4, 1e-2, 1e-1, 0.5);

    private static final double SIGNAL_VARIANCE = 1.0;
    private static final double INITIAL_JITTER = 1e-6;
    private static final int JITTER_RETRIES = 3;
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final double[] lengthScaleFactors;
    private final double[] noiseVariances;

    /** With the default grids. */
    public GaussianProcess() {
        this(DEFAULT_LENGTH_SCALE_FACTORS, DEFAULT_NOISE_VARIANCES);
    }

    /**
     * @param lengthScaleFactors ℓ candidates as multiples of the median pairwise distance, in order
     * @param noiseVariances     σ² candidates on standardised targets, in order
     */
    public GaussianProcess(List<Double> lengthScaleFactors, List<Double> noiseVariances) {
        this.lengthScaleFactors = positiveGrid("length-scale factor", lengthScaleFactors);
        this.noiseVariances = positiveGrid("noise variance", noiseVariances);
    }

    private static double[] positiveGrid(String what, List<Double> values) {
        Objects.requireNonNull(values, what + " grid");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " grid needs at least one value");
        }
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            Double v = values.get(i);
            if (v == null || !(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("every " + what + " must be positive and finite, got " + v);
            }
            out[i] = v;
        }
        return out;
    }

    @Override
    public String name() {
        return "gp";
    }

    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kernel", "rbf");
        m.put("signalVariance", SIGNAL_VARIANCE);
        m.put("lengthScaleUnit", "median distance between distinct rows");
        m.put("lengthScaleFactors", asList(lengthScaleFactors));
        m.put("noiseVariances", asList(noiseVariances));
        m.put("initialJitter", INITIAL_JITTER);
        m.put("jitterRetries", JITTER_RETRIES);
        return m;
    }

    private static List<Double> asList(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /**
     * Fits by grid search over ℓ and σ².
     *
     * @param random unused: the fit is deterministic
     * @throws IllegalArgumentException when a feature is not finite
     * @throws IllegalStateException    when K stays indefinite at every grid point even with jitter
     */
    @Override
    public Predictor fit(TrainingSet data, RandomGenerator random) {
        Objects.requireNonNull(data, "data");
        int n = data.n();
        int d = data.d();
        double[] rows = data.features(); // read only; the predictor keeps its own copy
        for (int i = 0; i < rows.length; i++) {
            if (!Double.isFinite(rows[i])) {
                throw new IllegalArgumentException("feature " + (i % d) + " of row " + (i / d) + " is not finite: "
                        + rows[i]);
            }
        }
        Standardizer standardizer = Standardizer.of(data);
        double[] z = standardizer.apply(data.targets());
        double[] squaredDistances = RbfKernel.squaredDistances(rows, n, d);
        double unit = RbfKernel.medianDistance(squaredDistances, n);

        Candidate best = null;
        for (double factor : lengthScaleFactors) {
            RbfKernel kernel = new RbfKernel(SIGNAL_VARIANCE, unit * factor);
            double[][] gram = new double[n][n]; // upper triangle only: all the factorisation reads
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    gram[i][j] = kernel.value(squaredDistances[i * n + j]);
                }
            }
            for (double noise : noiseVariances) {
                Candidate c = candidate(kernel, gram, noise, data.weights(), z);
                if (c != null && (best == null || c.logMarginalLikelihood > best.logMarginalLikelihood)) {
                    best = c;
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("GP kernel matrix of " + n + " rows is not positive definite at any grid"
                    + " point, even with jitter up to " + INITIAL_JITTER * Math.pow(10, JITTER_RETRIES - 1));
        }
        return new GaussianProcessPredictor(rows, n, d, best.kernel, best.factor, best.alpha, standardizer,
                best.noise, best.jitter, best.logMarginalLikelihood);
    }

    /** One grid point factored and scored, or {@code null} when K stays indefinite. */
    private static Candidate candidate(RbfKernel kernel, double[][] gram, double noise, double[] weights,
            double[] z) {
        int n = z.length;
        double jitter = 0;
        for (int attempt = 0; attempt <= JITTER_RETRIES; attempt++) {
            double[][] a = new double[n][];
            for (int i = 0; i < n; i++) {
                a[i] = gram[i].clone();
                a[i][i] += noise / weights[i] + jitter;
            }
            KernelCholesky factor = KernelCholesky.factorInPlace(a);
            if (factor != null) {
                double[] alpha = factor.solve(z);
                double fit = 0;
                for (int i = 0; i < n; i++) {
                    fit += z[i] * alpha[i];
                }
                double lml = -0.5 * fit - 0.5 * factor.logDeterminant() - 0.5 * n * LOG_2PI;
                if (Double.isFinite(lml)) {
                    return new Candidate(kernel, noise, jitter, factor, alpha, lml);
                }
            }
            jitter = jitter == 0 ? INITIAL_JITTER : jitter * 10;
        }
        return null;
    }

    private record Candidate(RbfKernel kernel, double noise, double jitter, KernelCholesky factor, double[] alpha,
            double logMarginalLikelihood) {}
}
