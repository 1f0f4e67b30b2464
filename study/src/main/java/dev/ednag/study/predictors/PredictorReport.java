package dev.ednag.study.predictors;

import dev.ednag.core.io.AtomicFiles;
import dev.ednag.study.stats.Summary;
import dev.ednag.surrogate.protocol.PredictorTrial;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The outputs of {@code ednag predictors}: every trial as CSV, the mean rank correlations and fit
 * times per (encoding, surrogate, n) as Markdown, and Kendall's τ against n as a picture.
 */
public final class PredictorReport {

    public static final String CSV = "predictors.csv";
    public static final String MARKDOWN = "predictors.md";
    public static final String CHART = "kendall.png";

    // Okabe–Ito, as the study charts use.
    private static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66),
    };

    private PredictorReport() {}

    /** One (encoding, surrogate, n) cell of the summary. */
    public record Row(String encoding, String surrogate, int n, Summary kendall, Summary spearman, Summary fitMillis) {}

    /** The trials grouped by (encoding, surrogate, n), in the order they first appear. */
    public static List<Row> summarize(List<PredictorTrial> trials) {
        Map<String, List<PredictorTrial>> groups = new LinkedHashMap<>();
        for (PredictorTrial t : trials) {
            groups.computeIfAbsent(t.encoding() + "\u0000" + t.surrogate() + "\u0000" + t.n(), k -> new ArrayList<>())
                    .add(t);
        }
        List<Row> rows = new ArrayList<>();
        for (List<PredictorTrial> g : groups.values()) {
            PredictorTrial first = g.get(0);
            rows.add(new Row(first.encoding(), first.surrogate(), first.n(),
                    Summary.of(g.stream().mapToDouble(PredictorTrial::kendall).toArray()),
                    Summary.of(g.stream().mapToDouble(PredictorTrial::spearman).toArray()),
                    Summary.of(g.stream().mapToDouble(PredictorTrial::fitMillis).toArray())));
        }
        return rows;
    }

    /** Writes the three files atomically; returns their paths. */
    public static List<Path> write(Path dir, String title, List<PredictorTrial> trials) throws IOException {
        List<Row> rows = summarize(trials);
        Path csv = dir.resolve(CSV);
        Path md = dir.resolve(MARKDOWN);
        Path png = dir.resolve(CHART);
        AtomicFiles.write(csv, csv(trials));
        AtomicFiles.write(md, markdown(title, rows));
        AtomicFiles.write(png, chart(title, rows));
        return List.of(csv, md, png);
    }

    static String csv(List<PredictorTrial> trials) {
        StringBuilder sb = new StringBuilder("encoding,surrogate,n,seed,kendall,spearman,fit_ms\n");
        for (PredictorTrial t : trials) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%.6f,%.6f,%.3f%n", t.encoding(), t.surrogate(), t.n(),
                    t.seed(), t.kendall(), t.spearman(), t.fitMillis()));
        }
        return sb.toString();
    }

    static String markdown(String title, List<Row> rows) {
        StringBuilder sb = new StringBuilder("# Performance predictors: ").append(title).append("\n\n");
        sb.append("Each surrogate is fitted on n cells drawn uniformly (the same cells for every encoding and "
                + "surrogate at a given seed) and ranks every other cell; τ is Kendall's τ-b and ρ Spearman's ρ "
                + "against the labels of those cells, mean ± half-width of the 95% t interval over the seeds. "
                + "Fit times are medians of wall time on one thread per fit.\n\n");
        sb.append("![Kendall's tau against n](").append(CHART).append(")\n\n");
        sb.append("| encoding | surrogate | n | seeds | Kendall τ | Spearman ρ | fit ms (median) |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.3f ± %.3f | %.3f ± %.3f | %.1f |%n",
                    r.encoding(), r.surrogate(), r.n(), r.kendall().n(), r.kendall().mean(), r.kendall().halfWidth95(),
                    r.spearman().mean(), r.spearman().halfWidth95(), r.fitMillis().median()));
        }
        return sb.toString();
    }

    static byte[] chart(String title, List<Row> rows) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(560).title("Kendall's tau of predictors, " + title)
                .xAxisTitle("training cells n (log scale)").yAxisTitle("Kendall tau on the held-out cells").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        Map<String, List<Row>> lines = new LinkedHashMap<>();
        for (Row r : rows) {
            lines.computeIfAbsent(r.encoding() + " + " + r.surrogate(), k -> new ArrayList<>()).add(r);
        }
        int i = 0;
        for (Map.Entry<String, List<Row>> line : lines.entrySet()) {
            double[] x = new double[line.getValue().size()];
            double[] y = new double[x.length];
            List<Row> sorted = new ArrayList<>(line.getValue());
            sorted.sort((a, b) -> Integer.compare(a.n(), b.n()));
            for (int k = 0; k < x.length; k++) {
                x[k] = sorted.get(k).n();
                y[k] = sorted.get(k).kendall().mean();
            }
            XYSeries s = chart.addSeries(line.getKey(), x, y);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineColor(PALETTE[i % PALETTE.length]);
            s.setMarkerColor(PALETTE[i % PALETTE.length]);
            s.setLineStyle(new BasicStroke(2.0f));
            i++;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BitmapEncoder.saveBitmap(chart, bytes, BitmapEncoder.BitmapFormat.PNG);
        return bytes.toByteArray();
    }
}
