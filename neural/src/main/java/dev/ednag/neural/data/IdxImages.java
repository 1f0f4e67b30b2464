package dev.ednag.neural.data;

/** The content of an IDX image file: {@code count} images of height×width unsigned bytes, row by row. */
record IdxImages(int count, int height, int width, byte[] pixels) {
}
