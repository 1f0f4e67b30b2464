package dev.ednag.study;

import dev.ednag.core.run.TraceRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The paper-style picture of a run: search metric (max and mean of the population) above, valid
 * rate and uniqueness below, over denoising iterations.
 */
public final class DenoisingChart {

    private DenoisingChart() {}

    /**
     * PNG bytes of the two stacked panels. A budget smaller than the first denoising step leaves no
     * rows: the panels are then drawn empty, with a title that says so.
     */
    public static byte[] png(List<TraceRow> trace, String title, String searchMetric) throws IOException {
        int n = trace.size();
        if (n == 0) {
            title = title + ": the budget ended before the first denoising step";
        }
        double[] x = new double[n];
        double[] best = new double[n];
        double[] mean = new double[n];
        double[] valid = new double[n];
        double[] unique = new double[n];
        for (int i = 0; i < n; i++) {
            TraceRow r = trace.get(i);
            x[i] = r.step().iteration() + 1;
            best[i] = r.step().stepBestSearch();
            mean[i] = r.step().meanSearch();
            valid[i] = r.step().validRate();
            unique[i] = r.step().uniqueness();
        }
        XYChart fitness = chart(title, "search metric: " + searchMetric);
        XYChart rates = chart(null, "fraction of population");
        rates.getStyler().setYAxisMin(0.0).setYAxisMax(1.05);
        if (n > 0) {
            fitness.addSeries("best", x, best).setMarker(SeriesMarkers.NONE);
            fitness.addSeries("mean", x, mean).setMarker(SeriesMarkers.NONE);
            rates.addSeries("valid rate", x, valid).setMarker(SeriesMarkers.NONE);
            rates.addSeries("uniqueness", x, unique).setMarker(SeriesMarkers.NONE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BitmapEncoder.saveBitmap(List.of(fitness, rates), 2, 1, out, BitmapEncoder.BitmapFormat.PNG);
        return out.toByteArray();
    }

    /**
     * Draws an empty chart on a daemon thread and throws it away, so the charting and font classes
     * load while a run computes instead of after it: about a third of a second of a short run.
     */
    public static void warmUpInBackground() {
        Thread warmUp = new Thread(() -> {
            try {
                png(List.of(), "", "");
            } catch (IOException | RuntimeException | LinkageError ignored) {
                // only a head start: the real chart reports its own failure
            }
        }, "chart-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static XYChart chart(String title, String yTitle) {
        XYChart c = new XYChartBuilder().width(900).height(380).title(title == null ? "" : title)
                .xAxisTitle("denoising iteration").yAxisTitle(yTitle).build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        c.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        c.getStyler().setPlotGridLinesVisible(true);
        return c;
    }
}
