package dev.ednag.study.continuous;

import dev.ednag.study.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * The tables of {@code ednag optimize}: per method, mean ± sd of top-64 fitness and entropy over
 * seeds, optima found, and rank-sum tests of every method against the first. Runs of different
 * methods share a seed number but not their random draws, so the tests treat them as independent
 * samples (Mann–Whitney), not as pairs.
 */
public final class OptimizeReport {

    public static final String CSV_HEADER = "method,runs,evaluations_median,top64_fitness_mean,top64_fitness_sd,"
            + "top64_entropy_mean,top64_entropy_sd,optima_found_mean,optima_found_min,optima_found_max,"
            + "optima_held_mean,optima_held_min,optima_held_max,best_fitness_mean";

    private OptimizeReport() {}

    /** One summary per method, in the plan's order. */
    public static List<MethodSummary> summaries(List<String> methods, Map<String, List<OptimizeRun>> runsByMethod) {
        List<MethodSummary> out = new ArrayList<>();
        for (String m : methods) {
            out.add(MethodSummary.of(m, runsByMethod.getOrDefault(m, List.of())));
        }
        return out;
    }

    public static String csv(List<MethodSummary> summaries) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (MethodSummary s : summaries) {
            Optional<Summary> o = s.optima();
            sb.append(String.format(Locale.ROOT, "%s,%d,%.0f,%.6f,%s,%.6f,%s,%s,%s,%.6f%n", s.method(), s.runs(),
                    s.evaluations(), s.fitness().mean(), number(s.fitness().sd()), s.entropy().mean(),
                    number(s.entropy().sd()), counts(o), counts(s.held()), s.bestFitness().mean()));
        }
        return sb.toString();
    }

    /** The markdown table; {@code optimaLabel} names what is counted, e.g. {@code 4 minima}. */
    public static String table(List<MethodSummary> summaries, Optional<String> optimaLabel) {
        StringBuilder sb = new StringBuilder();
        sb.append("| method | runs | evaluations | top-64 fitness | top-64 entropy (bits) |");
        optimaLabel.ifPresent(l -> sb.append(" optima found (of ").append(l).append("): mean [min, max] |")
                .append(" optima held: mean [min, max] |"));
        sb.append('\n').append("|---|---:|---:|---:|---:|");
        optimaLabel.ifPresent(l -> sb.append("---:|---:|"));
        sb.append('\n');
        for (MethodSummary s : summaries) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %s | %s |", s.method(), s.runs(), s.evaluations(),
                    meanSd(s.fitness(), 3), meanSd(s.entropy(), 2)));
            if (optimaLabel.isPresent()) {
                sb.append(range(s.optima())).append(range(s.held()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String range(Optional<Summary> o) {
        return o.map(v -> String.format(Locale.ROOT, " %.2f [%.0f, %.0f] |", v.mean(), v.min(), v.max())).orElse(" |");
    }

    /** Two-sided Mann–Whitney p-values of each method against the first, on fitness and entropy. */
    public static String tests(List<String> methods, Map<String, List<OptimizeRun>> runsByMethod) {
        if (methods.size() < 2) {
            return "";
        }
        String reference = methods.get(0);
        List<OptimizeRun> ref = runsByMethod.getOrDefault(reference, List.of());
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(reference).append(" against | top-64 fitness: difference of means, p |")
                .append(" top-64 entropy: difference of means, p |\n|---|---:|---:|\n");
        MannWhitneyUTest test = new MannWhitneyUTest();
        for (String other : methods.subList(1, methods.size())) {
            List<OptimizeRun> o = runsByMethod.getOrDefault(other, List.of());
            if (ref.size() < 2 || o.size() < 2) {
                continue;
            }
            double[] rf = values(ref, true);
            double[] of = values(o, true);
            double[] re = values(ref, false);
            double[] oe = values(o, false);
            sb.append(String.format(Locale.ROOT, "| %s | %+.4f, p = %s | %+.3f, p = %s |%n", other,
                    mean(rf) - mean(of), p(test, rf, of), mean(re) - mean(oe), p(test, re, oe)));
        }
        return sb.toString();
    }

    private static String p(MannWhitneyUTest test, double[] a, double[] b) {
        double p = test.mannWhitneyUTest(a, b);
        return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    private static double[] values(List<OptimizeRun> runs, boolean fitness) {
        return runs.stream().mapToDouble(r -> fitness ? r.top64Fitness() : r.top64Entropy()).toArray();
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static String meanSd(Summary s, int digits) {
        String f = "%." + digits + "f";
        return Double.isNaN(s.sd()) ? String.format(Locale.ROOT, f, s.mean())
                : String.format(Locale.ROOT, f + " ± " + f, s.mean(), s.sd());
    }

    /** Mean, min and max of a count, or three empty fields. */
    private static String counts(Optional<Summary> o) {
        return o.map(v -> number(v.mean()) + String.format(Locale.ROOT, ",%.0f,%.0f", v.min(), v.max())).orElse(",,");
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }
}
