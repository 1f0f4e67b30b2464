package dev.ednag.study.report;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.io.AtomicFiles;
import dev.ednag.study.RunRecord;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Anytime curves as a picture: mean incumbent report value against unique queries (log axis), one
 * line per curve with its 95% band shaded, and the table optimum dashed. For a study, one chart per
 * dataset, each optimizer at its largest budget (the longest curve; smaller budgets are its prefix
 * for optimizers that do not plan by budget, and a table row each in the report).
 */
public final class AnytimeChart {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;

    // Colour-blind-safe (Okabe–Ito), so the reference and its rivals stay distinguishable in print.
    private static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66),
    };
    private static final int BAND_ALPHA = 45;
    /**
     * The y axis starts at the lowest band (ends at the highest, for a metric to minimise) from this
     * many queries on; the CSV keeps the earlier points.
     */
    public static final long ZOOM_FROM_QUERY = 10;

    private AnytimeChart() {}

    /** File name without extension for {@code dataset}'s chart and data, e.g. {@code anytime-imagenet16-120}. */
    public static String baseName(String dataset) {
        return "anytime-" + dataset.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
    }

    /** The curves of one dataset: each optimizer at its largest budget, in report order. */
    public static List<AnytimeCurve> studyCurves(StudyHeader header, List<RunRecord> runs, String dataset) {
        RunGroups groups = RunGroups.of(header, runs);
        return groups.datasets().contains(dataset) ? curves(groups, dataset) : List.of();
    }

    private static List<AnytimeCurve> curves(RunGroups groups, String dataset) {
        List<AnytimeCurve> curves = new ArrayList<>();
        for (String optimizer : groups.optimizers(dataset)) {
            long budget = groups.largestBudget(dataset, optimizer);
            curves.add(AnytimeCurve.of(optimizer, groups.runs(dataset, budget, optimizer)));
        }
        return curves;
    }

    /**
     * Writes {@code anytime-<dataset>.png} and {@code .csv} for every dataset with runs, atomically.
     *
     * @return the files written, PNG then CSV per dataset
     */
    public static List<Path> write(Path dir, StudyHeader header, List<RunRecord> runs) throws IOException {
        List<Path> written = new ArrayList<>();
        RunGroups groups = RunGroups.of(header, runs);
        for (String dataset : groups.datasets()) {
            List<AnytimeCurve> curves = curves(groups, dataset);
            DatasetMetrics metrics = header.metricsOf(dataset);
            String reportMetric = metrics == null ? "report metric" : metrics.report();
            Goal goal = metrics == null ? Goal.MAXIMIZE : metrics.reportGoal();
            String title = header.benchmark() + " " + dataset + ", " + header.protocol() + " protocol: incumbent "
                    + "(best by search so far) against unique queries";
            double optimum = groups.runs(dataset).stream().mapToDouble(RunRecord::optimumReport)
                    .filter(Double::isFinite).findFirst().orElse(Double.NaN);
            Path png = dir.resolve(baseName(dataset) + ".png");
            Path csv = dir.resolve(baseName(dataset) + ".csv");
            String yTitle = "incumbent " + reportMetric + (goal == Goal.MINIMIZE ? " (lower is better)" : "")
                    + ", mean and 95% CI over seeds";
            AtomicFiles.write(png, png(title, yTitle, curves, optimum, goal));
            AtomicFiles.write(csv, AnytimeCurveCsv.render(dataset, curves));
            written.add(png);
            written.add(csv);
        }
        return written;
    }

    /** {@link #png(String, String, List, double, Goal)} for a report metric where larger is better. */
    public static byte[] png(String title, String yTitle, List<AnytimeCurve> curves, double optimum) throws IOException {
        return png(title, yTitle, curves, optimum, Goal.MAXIMIZE);
    }

    /**
     * PNG bytes of {@code curves}; {@code optimum} is drawn dashed unless NaN. Any set of curves
     * works, e.g. EDNAG variants of an ablation. {@code goal} says which way the curves improve, so
     * the axis zooms on the right end and the legend sits away from where the curves converge.
     */
    public static byte[] png(String title, String yTitle, List<AnytimeCurve> curves, double optimum, Goal goal)
            throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("unique architectures evaluated (log scale)").yAxisTitle(yTitle).build();
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesVisible(true);
        styler.setLegendPosition(goal == Goal.MINIMIZE ? Styler.LegendPosition.InsideNE
                : Styler.LegendPosition.InsideSE);
        styler.setXAxisLogarithmic(true);
        styler.setYAxisDecimalPattern("0.00");
        long lastQuery = 1;
        int drawn = 0;
        // Bands first, so every line is drawn over every band.
        for (int i = 0; i < curves.size(); i++) {
            AnytimeCurve curve = curves.get(i);
            if (curve.points().isEmpty()) {
                continue;
            }
            lastQuery = Math.max(lastQuery, curve.points().get(curve.points().size() - 1).query());
            addBand(chart, curve, PALETTE[i % PALETTE.length], i);
        }
        for (int i = 0; i < curves.size(); i++) {
            AnytimeCurve curve = curves.get(i);
            if (curve.points().isEmpty()) {
                continue;
            }
            double[] x = curve.points().stream().mapToDouble(AnytimeCurve.Point::query).toArray();
            double[] y = curve.points().stream().mapToDouble(AnytimeCurve.Point::mean).toArray();
            int runs = curve.points().stream().mapToInt(AnytimeCurve.Point::runs).max().orElse(0);
            XYSeries line = chart.addSeries(curve.label() + " (budget " + curve.budget() + ", " + runs + " runs)", x, y);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(PALETTE[i % PALETTE.length]);
            line.setLineStyle(new BasicStroke(2.0f));
            drawn++;
        }
        if (Double.isFinite(optimum)) {
            XYSeries best = chart.addSeries(String.format(Locale.ROOT, "table optimum %.4f", optimum),
                    new double[] {1, Math.max(2, lastQuery)}, new double[] {optimum, optimum});
            best.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            best.setMarker(SeriesMarkers.NONE);
            best.setLineColor(Color.DARK_GRAY);
            best.setLineStyle(SeriesLines.DASH_DASH);
            drawn++;
        }
        if (goal == Goal.MINIMIZE) {
            double ceiling = yCeiling(curves);
            if (Double.isFinite(ceiling)) {
                styler.setYAxisMax(ceiling);
            }
        } else {
            double floor = yFloor(curves);
            if (Double.isFinite(floor)) {
                styler.setYAxisMin(floor);
            }
        }
        if (drawn == 0) {
            // XChart cannot draw an empty chart; an empty study still gets a picture that says so.
            chart.addSeries("no runs", new double[] {1}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        }
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    /**
     * The lowest band end from {@link #ZOOM_FROM_QUERY} queries on: the first few queries of a
     * search are far below where optimizers differ and would squash that region into a sliver.
     * NaN when no curve reaches that far (the axis then scales itself).
     */
    static double yFloor(List<AnytimeCurve> curves) {
        double floor = Double.POSITIVE_INFINITY;
        for (AnytimeCurve curve : curves) {
            for (AnytimeCurve.Point p : curve.points()) {
                if (p.query() >= ZOOM_FROM_QUERY) {
                    floor = Math.min(floor, Double.isNaN(p.lower()) ? p.mean() : p.lower());
                }
            }
        }
        return floor == Double.POSITIVE_INFINITY ? Double.NaN : floor;
    }

    /** {@link #yFloor} for curves that fall: the highest band end from {@link #ZOOM_FROM_QUERY} queries on. */
    static double yCeiling(List<AnytimeCurve> curves) {
        double ceiling = Double.NEGATIVE_INFINITY;
        for (AnytimeCurve curve : curves) {
            for (AnytimeCurve.Point p : curve.points()) {
                if (p.query() >= ZOOM_FROM_QUERY) {
                    ceiling = Math.max(ceiling, Double.isNaN(p.upper()) ? p.mean() : p.upper());
                }
            }
        }
        return ceiling == Double.NEGATIVE_INFINITY ? Double.NaN : ceiling;
    }

    /** The 95% band as one closed polygon: upper ends left to right, lower ends back. */
    private static void addBand(XYChart chart, AnytimeCurve curve, Color color, int index) {
        List<AnytimeCurve.Point> points = curve.points();
        int n = points.size();
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            AnytimeCurve.Point p = points.get(i);
            AnytimeCurve.Point back = points.get(n - 1 - i);
            x[i] = p.query();
            y[i] = Double.isNaN(p.upper()) ? p.mean() : p.upper();
            x[n + i] = back.query();
            y[n + i] = Double.isNaN(back.lower()) ? back.mean() : back.lower();
        }
        // Series names must be unique; the band's is never shown.
        XYSeries band = chart.addSeries("95% CI " + index + " " + curve.label(), x, y);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setMarker(SeriesMarkers.NONE);
        band.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), BAND_ALPHA));
        band.setLineColor(new Color(0, 0, 0, 0));
        band.setShowInLegend(false);
    }
}
