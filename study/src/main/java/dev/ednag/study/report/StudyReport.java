package dev.ednag.study.report;

import dev.ednag.benchmarks.Protocol;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.io.AtomicFiles;
import dev.ednag.study.RunRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a study's {@code report.md}: the set-up, then per dataset and budget a table of every
 * optimizer's results, paired tests of the reference optimizer against the others, and the anchors
 * from elsewhere that match. Same header and runs (in any order) give the same bytes.
 */
public final class StudyReport {

    /** The report's file name. */
    public static final String FILE = "report.md";

    private StudyReport() {}

    /** Writes {@link #FILE} into {@code dir} atomically, without links to charts. */
    public static Path write(Path dir, StudyHeader header, List<RunRecord> runs) throws IOException {
        return write(dir, header, runs, false);
    }

    /**
     * Writes {@link #FILE} into {@code dir} atomically; with {@code linkCharts} each dataset links
     * its {@link AnytimeChart} picture and data, which the caller writes with {@link AnytimeChart#write}.
     */
    public static Path write(Path dir, StudyHeader header, List<RunRecord> runs, boolean linkCharts) throws IOException {
        Path file = dir.resolve(FILE);
        AtomicFiles.write(file, render(header, runs, linkCharts));
        return file;
    }

    /** The report as markdown. */
    public static String render(StudyHeader header, List<RunRecord> runs, boolean linkCharts) {
        RunGroups groups = RunGroups.of(header, runs);
        StringBuilder md = new StringBuilder();
        preamble(md, header, runs.size());
        for (String dataset : groups.datasets()) {
            dataset(md, header, groups, dataset, linkCharts);
        }
        return md.toString();
    }

    private static void preamble(StringBuilder md, StudyHeader header, int runCount) {
        md.append("# Study report: ").append(header.benchmark()).append(", ").append(header.protocol())
                .append(" protocol\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "benchmark", header.benchmark());
        row(md, "protocol", header.protocol() + ": " + protocolDescription(header.protocol()));
        row(md, "seeds", header.seeds());
        row(md, "runs", String.format(Locale.ROOT, "%,d", runCount));
        row(md, "total wall time", Formats.duration(header.totalWallMillis()));
        md.append('\n');
        if (!header.datasets().isEmpty()) {
            md.append("| dataset | search metric | report metric |\n|---|---|---|\n");
            for (DatasetMetrics m : header.datasets()) {
                md.append("| ").append(Formats.cell(m.dataset())).append(" | ").append(Formats.cell(m.search()))
                        .append(" | ").append(Formats.cell(m.report())).append(" |\n");
            }
            md.append('\n');
        }
        if (!header.optimizers().isEmpty()) {
            md.append("## Optimizers\n\n");
            for (OptimizerSetup o : header.optimizers()) {
                md.append("- `").append(o.name()).append("`: ").append(o.description()).append('\n');
            }
            md.append('\n');
        }
        if (!header.notes().isEmpty()) {
            md.append("## Notes and caveats\n\n");
            for (String note : header.notes()) {
                md.append("- ").append(note).append('\n');
            }
            md.append('\n');
        }
        md.append("""
                ## How to read the tables

                - **report**: the report metric of each run's incumbent (the architecture with the best search \
                value among those it evaluated); mean ± half-width of the 95% Student t interval of the mean, \
                and the median.
                - **regret**: table optimum − report (or report − optimum for a metric to minimise); 0 is best.
                - **hits**: runs whose report value equals the table optimum, by value; Wilson 95% interval.
                - **queries to optimum**: median number of unique architectures evaluated before the incumbent \
                first hit the optimum. Runs that never hit count as +∞ (censored at their budget); when the \
                median falls on such a run it is printed as `>budget`.
                - **wall ms**: median wall time of one run.
                - **paired tests**: the first optimizer listed against each other one, on regret, paired by \
                seed; Wilcoxon signed-rank test, zero differences dropped, exact two-sided p from the null \
                distribution given the tied ranks; a difference is called at p < 0.05, with no correction \
                for the number of comparisons. Mean difference < 0 means the first optimizer has lower regret.
                - **anchors**: numbers not produced by this study; their protocol and budget may differ from \
                ours, and each row says how.

                """);
    }

    private static String protocolDescription(String protocol) {
        try {
            return Protocol.parse(protocol).description();
        } catch (IllegalArgumentException unknown) {
            return "(not a known protocol)";
        }
    }

    private static void dataset(StringBuilder md, StudyHeader header, RunGroups groups, String dataset,
            boolean linkCharts) {
        md.append("## ").append(dataset).append("\n\n");
        DatasetMetrics metrics = header.metricsOf(dataset);
        if (metrics != null) {
            md.append("Search metric: ").append(metrics.search()).append("; report metric: ").append(metrics.report())
                    .append(". ");
        }
        md.append("Table optimum of the report metric: ").append(optima(groups.runs(dataset))).append(".\n\n");
        if (linkCharts) {
            String name = AnytimeChart.baseName(dataset);
            md.append("![anytime curves on ").append(dataset).append("](").append(name).append(".png)\n\n")
                    .append("Each optimizer at its largest budget; mean incumbent over seeds with its 95% band. The y axis "
                            + "starts at the lowest band (ends at the highest, for a metric to minimise) from "
                            + AnytimeChart.ZOOM_FROM_QUERY + " queries on; every point, earlier ones included, is in [").append(name).append(".csv](").append(name).append(".csv).\n\n");
        }
        for (long budget : groups.budgets(dataset)) {
            budget(md, header, groups, dataset, budget);
        }
        List<Anchor> unmatched = anchors(header, dataset, 0);
        if (!unmatched.isEmpty()) {
            md.append("### Anchors for ").append(dataset).append(" without a matching budget\n\n");
            anchorTable(md, header, unmatched);
        }
    }

    /** The report optimum the runs were scored against; several when runs disagree (mixed tables). */
    private static String optima(List<RunRecord> runs) {
        List<String> values = new ArrayList<>();
        for (RunRecord run : runs) {
            String v = Double.isFinite(run.optimumReport())
                    ? String.format(Locale.ROOT, "%.4f", run.optimumReport()) : Formats.MISSING;
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        values.sort(null);
        return String.join(", ", values);
    }

    private static void budget(StringBuilder md, StudyHeader header, RunGroups groups, String dataset, long budget) {
        md.append("### ").append(dataset).append(", budget ").append(budget).append(" unique architectures\n\n");
        md.append("| optimizer | runs | report mean ± 95% CI | report median | regret mean ± 95% CI | hits (95% CI) "
                + "| median queries to optimum | median wall ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        boolean unknown = groups.runs(dataset).stream().noneMatch(r -> Double.isFinite(r.optimumReport()));
        List<String> optimizers = groups.optimizers(dataset, budget);
        for (String optimizer : optimizers) {
            OptimizerStats s = OptimizerStats.of(optimizer, budget, groups.runs(dataset, budget, optimizer));
            md.append("| ").append(optimizer)
                    .append(" | ").append(s.runs()).append(s.withoutResult() > 0 ? " (" + s.withoutResult()
                            + " without result)" : "")
                    .append(" | ").append(Formats.meanCi(s.report()))
                    .append(" | ").append(Formats.value(s.report().median()))
                    .append(" | ").append(Formats.meanCi(s.regret()))
                    .append(" | ").append(unknown ? Formats.MISSING : Formats.hits(s.hits()))
                    .append(" | ").append(unknown ? Formats.MISSING : Formats.count(s.queriesToOptimum(), budget))
                    .append(" | ").append(Formats.count(s.medianWallMillis()))
                    .append(" |\n");
        }
        md.append('\n');
        if (optimizers.size() > 1) {
            String reference = optimizers.get(0);
            md.append("Paired by seed, ").append(unknown ? "the report value (the optimum is unknown; signed so that "
                    + "lower is better, so a difference reads as one of regret)" : "regret").append(" of `")
                    .append(reference).append("` against each other optimizer:\n\n");
            md.append("| comparison | pairs | zero differences dropped | mean regret difference | W+ | W− "
                    + "| p (exact, two-sided) | verdict |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
            for (String other : optimizers.subList(1, optimizers.size())) {
                PairedComparison c = PairedComparison.of(reference, groups.runs(dataset, budget, reference), other,
                        groups.runs(dataset, budget, other), reportGoal(header, dataset));
                md.append("| ").append(reference).append(" vs ").append(other)
                        .append(" | ").append(c.pairs())
                        .append(" | ").append(c.test().zerosDropped())
                        .append(" | ").append(Formats.signed(c.meanRegretDifference()))
                        .append(" | ").append(Formats.rankSum(c.test().wPlus()))
                        .append(" | ").append(Formats.rankSum(c.test().wMinus()))
                        .append(" | ").append(Formats.pValue(c.test().pValue()))
                        .append(" | ").append(c.verdict())
                        .append(" |\n");
            }
            md.append('\n');
        }
        List<Anchor> matched = anchors(header, dataset, budget);
        if (!matched.isEmpty()) {
            md.append("Anchors at ").append(budget).append(" architectures (not run here):\n\n");
            anchorTable(md, header, matched);
        }
    }

    /** The report metric's direction on {@code dataset}, or null when the header does not list it. */
    static Goal reportGoal(StudyHeader header, String dataset) {
        DatasetMetrics metrics = header.metricsOf(dataset);
        return metrics == null ? null : metrics.reportGoal();
    }

    private static List<Anchor> anchors(StudyHeader header, String dataset, long budget) {
        return header.anchors().stream().filter(a -> a.dataset().equals(dataset) && a.budget() == budget).toList();
    }

    private static void anchorTable(StringBuilder md, StudyHeader header, List<Anchor> anchors) {
        md.append("| anchor | value | protocol | setting | source |\n|---|---|---|---|---|\n");
        for (Anchor a : anchors) {
            String protocol = a.protocol().equals(header.protocol()) ? a.protocol()
                    : a.protocol() + " (**differs from this study**)";
            md.append("| ").append(Formats.cell(a.method()))
                    .append(" | ").append(Formats.cell(a.value()))
                    .append(" | ").append(Formats.cell(protocol))
                    .append(" | ").append(Formats.cell(a.setting()))
                    .append(" | ").append(Formats.cell(a.source()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(Formats.cell(value)).append(" |\n");
    }
}
