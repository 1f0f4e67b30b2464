package dev.ednag.neural.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** One decoded picture as unsigned bytes, channel after channel (C×H×W), with one or three channels. */
record DecodedImage(int channels, int height, int width, byte[] planes) {

    /** The same picture with three channels; grey values are repeated. */
    DecodedImage toRgb() {
        if (channels == 3) {
            return this;
        }
        int plane = height * width;
        byte[] rgb = new byte[3 * plane];
        for (int c = 0; c < 3; c++) {
            System.arraycopy(planes, 0, rgb, c * plane, plane);
        }
        return new DecodedImage(3, height, width, rgb);
    }

    /**
     * Scaled bilinearly by Java2D. The values go through an RGB image and back, never through a grey
     * one, because Java2D converts grey images through a linear colour space and would change the
     * values of even an unscaled grey picture.
     */
    DecodedImage resized(ImageSize size) {
        if (size.height() == height && size.width() == width) {
            return this;
        }
        BufferedImage source = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int plane = height * width;
        int[] argb = new int[plane];
        for (int i = 0; i < plane; i++) {
            int r = planes[i] & 0xFF;
            int g = planes[(channels == 3 ? plane : 0) + i] & 0xFF;
            int b = planes[(channels == 3 ? 2 * plane : 0) + i] & 0xFF;
            argb[i] = (r << 16) | (g << 8) | b;
        }
        source.setRGB(0, 0, width, height, argb, 0, width);
        BufferedImage target = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(source, 0, 0, size.width(), size.height(), null);
        } finally {
            graphics.dispose();
        }
        return fromRgb(target, channels);
    }

    /** Reads an RGB image's pixels into {@code channels} planes (1: the red plane, which equals the others for grey). */
    static DecodedImage fromRgb(BufferedImage image, int channels) {
        int h = image.getHeight();
        int w = image.getWidth();
        int plane = h * w;
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] planes = new byte[channels * plane];
        for (int i = 0; i < plane; i++) {
            planes[i] = (byte) (argb[i] >>> 16);
            if (channels == 3) {
                planes[plane + i] = (byte) (argb[i] >>> 8);
                planes[2 * plane + i] = (byte) argb[i];
            }
        }
        return new DecodedImage(channels, h, w, planes);
    }
}
