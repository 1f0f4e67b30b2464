package dev.ednag.study.continuous;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * The landscape behind every frame: the grid shaded with {@link ViridisMap} (bilinear between
 * nodes, so the panel does not show the grid's blocks) and a few iso-lines. Drawn once per picture
 * and copied into each frame.
 */
final class LandscapePanel {

    /** Iso-levels, evenly spaced strictly between the grid's min and max. */
    static final int LEVELS = 8;
    /** Shade for points where the fitness is not finite. */
    static final Color UNDEFINED = new Color(200, 200, 200);

    private LandscapePanel() {}

    /** A {@code size} × {@code size} image of {@code grid}, x to the right and y upwards. */
    static BufferedImage render(FitnessGrid grid, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        int last = grid.resolution() - 1;
        for (int py = 0; py < size; py++) {
            // Pixel centres, top row at +L.
            double gy = (1 - (py + 0.5) / size) * last;
            for (int px = 0; px < size; px++) {
                double gx = (px + 0.5) / size * last;
                double t = grid.normalise(bilinear(grid, gx, gy));
                image.setRGB(px, py, Double.isNaN(t) ? UNDEFINED.getRGB() : ViridisMap.rgb(t));
            }
        }
        drawIsoLines(image, grid, size);
        return image;
    }

    private static double bilinear(FitnessGrid grid, double gx, double gy) {
        int last = grid.resolution() - 1;
        int c = Math.min((int) gx, last - 1);
        int r = Math.min((int) gy, last - 1);
        double fx = gx - c;
        double fy = gy - r;
        double bottom = grid.value(c, r) * (1 - fx) + grid.value(c + 1, r) * fx;
        double top = grid.value(c, r + 1) * (1 - fx) + grid.value(c + 1, r + 1) * fx;
        return bottom * (1 - fy) + top * fy;
    }

    private static void drawIsoLines(BufferedImage image, FitnessGrid grid, int size) {
        if (!(grid.max() > grid.min())) {
            return;
        }
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(0.8f));
            double scale = (double) size / (grid.resolution() - 1);
            for (int k = 1; k <= LEVELS; k++) {
                double t = (double) k / (LEVELS + 1);
                double level = grid.min() + t * (grid.max() - grid.min());
                Path2D.Double path = new Path2D.Double();
                for (double[] s : IsoLines.segments(grid.values(), level)) {
                    path.moveTo(s[0] * scale, size - s[1] * scale);
                    path.lineTo(s[2] * scale, size - s[3] * scale);
                }
                // Light lines on the dark half of the map, dark ones on the bright half.
                g.setColor(t < 0.5 ? new Color(255, 255, 255, 110) : new Color(0, 0, 0, 90));
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
    }
}
