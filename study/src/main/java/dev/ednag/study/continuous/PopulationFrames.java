package dev.ednag.study.continuous;

import dev.ednag.continuous.BatchFitness;
import dev.ednag.continuous.Generation;
import dev.ednag.core.io.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A 2-D population over a run as one PNG: a row of square frames, each the fitness landscape over
 * [−L, L]² with the population of one generation on top and the known optima as crosses. Frames
 * are chosen by {@link FrameSelection}. The landscape is evaluated and shaded once and reused for
 * every frame, since the fitness may be costly. Plain Java2D, so it renders headless.
 */
public final class PopulationFrames {

    /** Side of one frame in pixels. */
    public static final int PANEL = 300;
    /** Frames when the caller does not say: the start, three evenly spaced steps and the end. */
    public static final int DEFAULT_FRAMES = 5;
    /** Height of every picture: title, frame titles, frames and the colour key. */
    public static final int HEIGHT = 440;

    private static final int MARGIN = 20;
    private static final int GAP = 16;
    private static final int MIN_WIDTH = 660;
    private static final int TITLE_BAND = 44;
    private static final int FRAME_TITLE_BAND = 24;
    /** Top edge of the frames. */
    static final int PANELS_TOP = TITLE_BAND + FRAME_TITLE_BAND;
    private static final double DOT = 5;
    private static final double CROSS = 5;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font FRAME_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font KEY_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    // White dots with a dark rim read on both ends of the colour map; vermillion crosses stand apart.
    private static final Color DOT_FILL = new Color(255, 255, 255, 190);
    private static final Color DOT_RIM = new Color(0, 0, 0, 170);
    private static final Color OPTIMUM = new Color(213, 94, 0);

    private PopulationFrames() {}

    /** Width of a picture with {@code shown} frames. */
    public static int width(int shown) {
        return Math.max(MIN_WIDTH, 2 * MARGIN + shown * PANEL + (shown - 1) * GAP);
    }

    /**
     * Writes the {@link #DEFAULT_FRAMES}-frame picture of {@code trace} on {@code fitness} over
     * [−limit, limit]², the landscape at {@link FitnessGrid#DEFAULT_RESOLUTION}, atomically.
     *
     * @param optima known optima to mark, each 2-D; empty for none
     * @return {@code target}
     */
    public static Path write(Path target, List<Generation> trace, BatchFitness fitness, double limit,
            List<double[]> optima, String title) throws IOException {
        // Bad input fails before the landscape is paid for.
        check(trace, optima, DEFAULT_FRAMES);
        FitnessGrid.checkLimit(limit);
        return write(target, trace, FitnessGrid.evaluate(fitness, limit), optima, title, DEFAULT_FRAMES);
    }

    /** Writes {@link #png} to {@code target} atomically and returns {@code target}. */
    public static Path write(Path target, List<Generation> trace, FitnessGrid grid, List<double[]> optima,
            String title, int frames) throws IOException {
        AtomicFiles.write(target, png(trace, grid, optima, title, frames));
        return target;
    }

    /**
     * PNG bytes of {@code frames} frames of {@code trace} (fewer when the trace is shorter) on an
     * evaluated landscape; several runs on one problem can share {@code grid}.
     */
    public static byte[] png(List<Generation> trace, FitnessGrid grid, List<double[]> optima, String title,
            int frames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(render(trace, grid, optima, title, frames), "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }

    static BufferedImage render(List<Generation> trace, FitnessGrid grid, List<double[]> optima, String title,
            int frames) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(title, "title");
        check(trace, optima, frames);
        int[] chosen = FrameSelection.indices(trace.size(), frames);
        int width = width(chosen.length);
        BufferedImage image = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_RGB);
        BufferedImage landscape = LandscapePanel.render(grid, PANEL);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, HEIGHT);
            g.setColor(Color.BLACK);
            centred(g, TITLE_FONT, title, width / 2, 30);
            for (int f = 0; f < chosen.length; f++) {
                Generation generation = trace.get(chosen[f]);
                int x = frameLeft(f, chosen.length);
                g.setColor(Color.BLACK);
                centred(g, FRAME_FONT, "step " + generation.index(), x + PANEL / 2, PANELS_TOP - 7);
                frame(g, landscape, generation, grid.limit(), optima, x, PANELS_TOP);
            }
            key(g, grid, MARGIN, PANELS_TOP + PANEL + 14, optima.isEmpty());
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Left edge of frame {@code frame} of {@code shown}; the row is centred. */
    static int frameLeft(int frame, int shown) {
        int row = shown * PANEL + (shown - 1) * GAP;
        return (width(shown) - row) / 2 + frame * (PANEL + GAP);
    }

    private static void check(List<Generation> trace, List<double[]> optima, int frames) {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(optima, "optima (empty for none)");
        if (trace.isEmpty()) {
            throw new IllegalArgumentException("the trace is empty: there is no generation to draw");
        }
        if (frames < 1) {
            throw new IllegalArgumentException("at least one frame is needed, got " + frames);
        }
        for (Generation generation : trace) {
            for (double[] position : generation.positions()) {
                if (position.length != 2) {
                    throw new IllegalArgumentException("generation " + generation.index() + " has a member with "
                            + position.length + " coordinates; population frames draw 2-D problems only");
                }
            }
        }
        for (double[] optimum : optima) {
            if (optimum.length != 2) {
                throw new IllegalArgumentException(
                        "an optimum has " + optimum.length + " coordinates; population frames draw 2-D problems only");
            }
        }
    }

    private static void frame(Graphics2D g, BufferedImage landscape, Generation generation, double limit,
            List<double[]> optima, int x, int y) {
        g.drawImage(landscape, x, y, null);
        Graphics2D clipped = (Graphics2D) g.create();
        try {
            clipped.clipRect(x, y, PANEL, PANEL);
            // Crosses first: a converged population then sits on its optimum, the arms still showing.
            for (double[] o : optima) {
                cross(clipped, px(o[0], limit, x), py(o[1], limit, y));
            }
            clipped.setStroke(new BasicStroke(0.7f));
            for (double[] p : generation.positions()) {
                if (!Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
                    continue;
                }
                Ellipse2D dot = new Ellipse2D.Double(px(p[0], limit, x) - DOT / 2, py(p[1], limit, y) - DOT / 2,
                        DOT, DOT);
                clipped.setColor(DOT_FILL);
                clipped.fill(dot);
                clipped.setColor(DOT_RIM);
                clipped.draw(dot);
            }
        } finally {
            clipped.dispose();
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, PANEL - 1, PANEL - 1);
    }

    static double px(double coordinate, double limit, int left) {
        return left + (coordinate + limit) / (2 * limit) * PANEL;
    }

    static double py(double coordinate, double limit, int top) {
        return top + (limit - coordinate) / (2 * limit) * PANEL;
    }

    /** A cross with a white halo, so it stays visible on both ends of the map. */
    private static void cross(Graphics2D g, double cx, double cy) {
        Line2D a = new Line2D.Double(cx - CROSS, cy - CROSS, cx + CROSS, cy + CROSS);
        Line2D b = new Line2D.Double(cx - CROSS, cy + CROSS, cx + CROSS, cy - CROSS);
        g.setStroke(new BasicStroke(4f));
        g.setColor(Color.WHITE);
        g.draw(a);
        g.draw(b);
        g.setStroke(new BasicStroke(2f));
        g.setColor(OPTIMUM);
        g.draw(a);
        g.draw(b);
    }

    /** The colour bar with the grid's range, the domain, and what the marks mean. */
    private static void key(Graphics2D g, FitnessGrid grid, int x, int y, boolean noOptima) {
        int barWidth = 200;
        int barHeight = 12;
        for (int i = 0; i < barWidth; i++) {
            g.setColor(ViridisMap.color((i + 0.5) / barWidth));
            g.fillRect(x + i, y, 1, barHeight);
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, barWidth - 1, barHeight - 1);
        g.setFont(KEY_FONT);
        g.setColor(Color.BLACK);
        boolean finite = grid.max() >= grid.min();
        String low = finite ? number(grid.min()) : "n/a";
        String high = finite ? number(grid.max()) : "n/a";
        FontMetrics metrics = g.getFontMetrics();
        int textY = y + barHeight + metrics.getAscent() + 2;
        g.drawString(low, x, textY);
        g.drawString(high, x + barWidth - metrics.stringWidth(high), textY);
        g.drawString("fitness (bright = high)", x + barWidth + 12, y + barHeight);
        String limit = BigDecimal.valueOf(grid.limit()).stripTrailingZeros().toPlainString();
        String legend = LandscapePanel.LEVELS + " iso-lines; each frame shows [-" + limit + ", " + limit
                + "]²; dots: population" + (noOptima ? "" : "; crosses: known optima");
        g.drawString(legend, x, textY + metrics.getHeight() + 2);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static void centred(Graphics2D g, Font font, String text, int cx, int baseline) {
        g.setFont(font);
        g.drawString(text, cx - g.getFontMetrics().stringWidth(text) / 2, baseline);
    }
}
