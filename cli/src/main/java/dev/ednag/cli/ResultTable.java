package dev.ednag.cli;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.StopReason;
import dev.ednag.study.RunContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints a run's top architectures as an aligned table, with the protocol stated above it. */
final class ResultTable {

    private ResultTable() {}

    static void print(PrintWriter out, RunContext ctx, RunResult result, int topK, Path dir) {
        out.printf(Locale.ROOT, "%s (%s) on %s%s, protocol %s, seed %d%n", ctx.optimizer(),
                ctx.configuration().getOrDefault("variant", "-"), ctx.benchmark(),
                ctx.dataset() == null ? "" : " " + ctx.dataset(), ctx.protocol(), ctx.seed());
        out.printf(Locale.ROOT, "  search metric: %s (seen by the optimizer); report metric: %s%s%n",
                ctx.searchMetric(), ctx.reportMetric(),
                ctx.searchMetric().equals(ctx.reportMetric()) ? "" : " (never shown to it)");
        out.printf(Locale.ROOT, "  %d iterations, %d unique architectures, %d look-ups, %d ms%s%s%n",
                result.trace().size(), result.uniqueArchitectures(), result.lookups(), result.wallMillis(),
                result.stopReason() == StopReason.BUDGET ? ", stopped at the budget of " + ctx.budget() : "",
                result.replayed() > 0 ? ", " + result.replayed() + " replayed from the journal" : "");
        if (result.unevaluable() + result.failed() > 0) {
            out.printf(Locale.ROOT, "  of them %d unevaluable (no value in the table) and %d failed; each counts in the"
                    + " budget%n", result.unevaluable(), result.failed());
        }
        for (String note : ctx.notes()) {
            out.println("  note: " + note);
        }
        out.println();

        List<Evaluation> top = result.top(topK);
        int archWidth = "architecture".length();
        for (Evaluation e : top) {
            archWidth = Math.max(archWidth, e.key().length());
        }
        String header = String.format(Locale.ROOT, "%3s  %-" + archWidth + "s  %9s  %9s  %9s  %9s  %s", "#",
                "architecture", "search", "report", "params M", "FLOPs M", "optimum");
        out.println(header);
        out.println("-".repeat(header.length()));
        int rank = 1;
        for (Evaluation e : top) {
            out.printf(Locale.ROOT, "%3d  %-" + archWidth + "s  %9s  %9s  %9s  %9s  %s%n", rank++, e.key(),
                    fmt(e.search()), fmt(e.report()), fmt(e.metric("params")), fmt(e.metric("flops")),
                    ctx.isOptimum(e.report()) ? "yes" : "");
        }
        if (top.isEmpty()) {
            out.println("  (no architecture was evaluated successfully)");
        }
        out.println();
        if (!Double.isNaN(ctx.optimumReport())) {
            out.printf(Locale.ROOT, "table optimum of %s: %s (%d architecture%s)%n", ctx.reportMetric(),
                    fmt(ctx.optimumReport()), ctx.optimumKeys().size(), ctx.optimumKeys().size() == 1 ? "" : "s");
        }
        out.println("wrote " + dir + "/{result.json, trace.csv, journal.jsonl, denoising.png}");
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
