package dev.ednag.study.continuous;

import dev.ednag.core.io.AtomicFiles;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * One bar per method with ± one standard deviation as error bars, e.g. the mean top-64 fitness or
 * top-64 entropy over seeds. One chart per metric, so each gets its own y axis and file.
 */
public final class MethodBars {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;

    /** Above this many methods the names are slanted so they do not collide. */
    private static final int UPRIGHT_NAMES = 5;
    private static final Color BAR = new Color(0, 114, 178);

    private MethodBars() {}

    /** Writes {@link #png} to {@code target} atomically and returns {@code target}. */
    public static Path write(Path target, String title, String yTitle, List<String> methods, double[] means,
            double[] sds) throws IOException {
        AtomicFiles.write(target, png(title, yTitle, methods, means, sds));
        return target;
    }

    /**
     * PNG bytes of the chart.
     *
     * @param methods distinct names, in the order the bars appear
     * @param means   one finite mean per method
     * @param sds     one standard deviation per method, at least 0; NaN (a single seed) draws no error bar
     */
    public static byte[] png(String title, String yTitle, List<String> methods, double[] means, double[] sds)
            throws IOException {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(yTitle, "yTitle");
        check(methods, means, sds);
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("method").yAxisTitle(yTitle).build();
        CategoryStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setErrorBarsColor(Color.BLACK);
        if (methods.size() > UPRIGHT_NAMES) {
            styler.setXAxisLabelRotation(30);
        }
        List<Double> errors = new ArrayList<>();
        for (double sd : sds) {
            errors.add(Double.isNaN(sd) ? 0.0 : sd);
        }
        List<Double> values = new ArrayList<>();
        for (double mean : means) {
            values.add(mean);
        }
        CategorySeries series = chart.addSeries("mean ± 1 sd over seeds", methods, values, errors);
        series.setFillColor(BAR);
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    private static void check(List<String> methods, double[] means, double[] sds) {
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(means, "means");
        Objects.requireNonNull(sds, "sds");
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("no methods: there is no bar to draw");
        }
        if (means.length != methods.size() || sds.length != methods.size()) {
            throw new IllegalArgumentException(methods.size() + " methods but " + means.length + " means and "
                    + sds.length + " standard deviations");
        }
        if (new HashSet<>(methods).size() != methods.size()) {
            throw new IllegalArgumentException("method names repeat: " + methods);
        }
        for (int i = 0; i < means.length; i++) {
            if (!Double.isFinite(means[i])) {
                throw new IllegalArgumentException("the mean of " + methods.get(i) + " is " + means[i]);
            }
            if (sds[i] < 0 || Double.isInfinite(sds[i])) {
                throw new IllegalArgumentException("the standard deviation of " + methods.get(i) + " is " + sds[i]);
            }
        }
    }
}
