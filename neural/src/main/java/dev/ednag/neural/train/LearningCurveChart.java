package dev.ednag.neural.train;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** The learning curve as a picture: loss above, accuracy below, training and validation against epochs. */
public final class LearningCurveChart {

    private LearningCurveChart() {
    }

    /** PNG bytes of the two stacked panels. */
    public static byte[] png(List<EpochRecord> epochs) throws IOException {
        int n = epochs.size();
        double[] x = new double[n];
        double[] trainLoss = new double[n];
        double[] validLoss = new double[n];
        double[] trainAccuracy = new double[n];
        double[] validAccuracy = new double[n];
        for (int i = 0; i < n; i++) {
            EpochRecord row = epochs.get(i);
            x[i] = row.epoch();
            trainLoss[i] = row.trainLoss();
            validLoss[i] = row.validLoss();
            trainAccuracy[i] = row.trainAccuracy();
            validAccuracy[i] = row.validAccuracy();
        }
        XYChart loss = chart("Learning curve", "cross-entropy loss", Styler.LegendPosition.InsideNE);
        loss.addSeries("train", x, trainLoss);
        loss.addSeries("validation", x, validLoss);
        XYChart accuracy = chart(null, "accuracy (%)", Styler.LegendPosition.InsideSE);
        accuracy.addSeries("train", x, trainAccuracy);
        accuracy.addSeries("validation", x, validAccuracy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BitmapEncoder.saveBitmap(List.of(loss, accuracy), 2, 1, out, BitmapEncoder.BitmapFormat.PNG);
        return out.toByteArray();
    }

    private static XYChart chart(String title, String yTitle, Styler.LegendPosition legend) {
        XYChart chart = new XYChartBuilder().width(800).height(360).title(title == null ? "" : title)
                .xAxisTitle("epoch").yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(legend);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        return chart;
    }
}
