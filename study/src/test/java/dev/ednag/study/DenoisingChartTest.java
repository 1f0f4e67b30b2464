package dev.ednag.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.optimizer.StepRecord;
import dev.ednag.core.run.TraceRow;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DenoisingChartTest {

    @Test
    void rendersTwoStackedPanelsEvenWhenAStepHadNoValidMember() throws IOException {
        List<TraceRow> trace = List.of(
                new TraceRow(new StepRecord(0, 3, 0, 0.25, Double.NaN, 0, 0, 0), 0, 0, Double.NaN),
                new TraceRow(new StepRecord(1, 2, 0.25, 0.75, 88.0, 44.0, 0.5, 0.5), 1, 2, 88.0),
                new TraceRow(new StepRecord(2, 1, 0.75, 1.0, 90.0, 90.0, 1.0, 0.5), 2, 4, 90.0));
        byte[] png = DenoisingChart.png(trace, "test", "acc");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getHeight() > image.getWidth() / 2, "two panels stacked: " + image.getWidth() + "x"
                + image.getHeight());
    }

    @Test
    void rendersEmptyPanelsWhenNoStepFinished() throws IOException {
        byte[] png = DenoisingChart.png(List.of(), "test", "acc");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getHeight() > image.getWidth() / 2);
    }
}
