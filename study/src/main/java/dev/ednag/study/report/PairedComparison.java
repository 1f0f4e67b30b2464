package dev.ednag.study.report;

import dev.ednag.core.eval.Goal;
import dev.ednag.study.RunRecord;
import dev.ednag.study.stats.WilcoxonSignedRank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference optimizer against another on regret, paired by seed: the same seed means the same
 * random stream for the problem, so pairing removes seed-to-seed variation from the comparison.
 *
 * @param reference           the reference optimizer (usually {@code ednag})
 * @param other               the optimizer it is compared with
 * @param pairs               seeds both ran with a finite regret
 * @param meanRegretDifference mean of reference regret − other regret over the pairs (negative: reference better)
 * @param test                Wilcoxon signed-rank test on those differences
 */
public record PairedComparison(String reference, String other, int pairs, double meanRegretDifference,
        WilcoxonSignedRank.Result test) {

    /** Significance level of {@link #verdict()}; the report does not correct for multiple comparisons. */
    public static final double ALPHA = 0.05;

    /** Pairs {@code referenceRuns} and {@code otherRuns} by seed (each seed at most once per list). */
    public static PairedComparison of(String reference, List<RunRecord> referenceRuns, String other,
            List<RunRecord> otherRuns) {
        return of(reference, referenceRuns, other, otherRuns, null);
    }

    /**
     * As {@link #of(String, List, String, List)}; where the optimum is unknown (a space searched on
     * its analytic cost) and {@code reportGoal} is given, runs are compared on the report value
     * signed so that lower is better, which differs from regret only by the optimum, a constant.
     */
    public static PairedComparison of(String reference, List<RunRecord> referenceRuns, String other,
            List<RunRecord> otherRuns, Goal reportGoal) {
        Map<Long, RunRecord> bySeed = new HashMap<>();
        for (RunRecord run : otherRuns) {
            bySeed.put(run.seed(), run);
        }
        List<double[]> pairs = new ArrayList<>();
        for (RunRecord run : referenceRuns) {
            RunRecord partner = bySeed.get(run.seed());
            if (partner != null) {
                double a = loss(run, reportGoal);
                double b = loss(partner, reportGoal);
                if (Double.isFinite(a) && Double.isFinite(b)) {
                    pairs.add(new double[] {a, b});
                }
            }
        }
        double[] x = new double[pairs.size()];
        double[] y = new double[pairs.size()];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = pairs.get(i)[0];
            y[i] = pairs.get(i)[1];
            sum += x[i] - y[i];
        }
        double mean = x.length == 0 ? Double.NaN : sum / x.length;
        return new PairedComparison(reference, other, x.length, mean, WilcoxonSignedRank.test(x, y));
    }

    /** Regret, or the signed report value where the optimum is unknown; NaN when neither is defined. */
    private static double loss(RunRecord run, Goal reportGoal) {
        if (Double.isFinite(run.optimumReport()) || reportGoal == null) {
            return run.regret();
        }
        return reportGoal == Goal.MINIMIZE ? run.resultReport() : -run.resultReport();
    }

    /** True when the reference's regret is lower than the other's at level {@link #ALPHA}. */
    public boolean referenceBetter() {
        return test.pValue() < ALPHA && test.wPlus() < test.wMinus();
    }

    /** True when the reference's regret is higher than the other's at level {@link #ALPHA}. */
    public boolean referenceWorse() {
        return test.pValue() < ALPHA && test.wPlus() > test.wMinus();
    }

    /** A plain verdict, e.g. {@code lower regret, p = 0.0031} or {@code no significant difference (p = 0.41)}. */
    public String verdict() {
        String p = Formats.pValue(test.pValue());
        String pText = p.startsWith("<") ? "p < " + p.substring(1) : "p = " + p;
        if (pairs == 0) {
            return "no paired runs";
        }
        if (test.n() == 0) {
            return "identical regret on every pair";
        }
        if (referenceBetter()) {
            return reference + " lower regret, " + pText;
        }
        if (referenceWorse()) {
            return reference + " higher regret, " + pText;
        }
        return "no significant difference (" + pText + ")";
    }
}
