package dev.ednag.neural.data;

/** A target image size in pixels, written {@code height,width} on the command line. */
public record ImageSize(int height, int width) {

    public ImageSize {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("image size must be at least 1×1, got " + height + "×" + width);
        }
    }

    /**
     * Parses {@code "32,32"} (spaces allowed).
     *
     * @throws IllegalArgumentException when the text is not two positive integers separated by a comma
     */
    public static ImageSize parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("image size must be height,width (e.g. 32,32), got '" + text + "'");
        }
        try {
            return new ImageSize(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("image size must be height,width (e.g. 32,32), got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return height + "," + width;
    }
}
