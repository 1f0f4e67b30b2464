package dev.ednag.continuous.peers;

/** Copies of point sets, so that an outcome and its trace never share a row that could be changed. */
final class Rows {

    private Rows() {}

    static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }
}
