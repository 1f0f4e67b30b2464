package dev.ednag.core.ednag;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.GenomeShape;
import dev.ednag.core.space.SearchSpace;
import java.util.random.RandomGenerator;

/** A small test space: R rows, each choosing one of C options by argmax; every genome is valid. */
final class ArgmaxToySpace implements SearchSpace {

    private final GenomeShape shape;

    ArgmaxToySpace(int rows, int cols) {
        this.shape = new GenomeShape(rows, cols);
    }

    record Choice(String key) implements Architecture {
        int option(int row) {
            return key.charAt(row) - '0';
        }
    }

    @Override
    public String name() {
        return "toy";
    }

    @Override
    public String description() {
        return "argmax toy space";
    }

    @Override
    public GenomeShape shape() {
        return shape;
    }

    @Override
    public long size() {
        return (long) Math.pow(shape.cols(), shape.rows());
    }

    @Override
    public Architecture decode(double[] genomes, int offset) {
        StringBuilder sb = new StringBuilder(shape.rows());
        for (int r = 0; r < shape.rows(); r++) {
            int best = 0;
            for (int c = 1; c < shape.cols(); c++) {
                if (genomes[offset + r * shape.cols() + c] > genomes[offset + r * shape.cols() + best]) {
                    best = c;
                }
            }
            sb.append((char) ('0' + best));
        }
        return new Choice(sb.toString());
    }

    @Override
    public void encode(Architecture architecture, double[] genomes, int offset) {
        Choice choice = (Choice) architecture;
        for (int r = 0; r < shape.rows(); r++) {
            for (int c = 0; c < shape.cols(); c++) {
                genomes[offset + r * shape.cols() + c] = choice.option(r) == c ? 1 : 0;
            }
        }
    }

    @Override
    public Architecture parse(String key) {
        return new Choice(key);
    }

    @Override
    public Architecture sample(RandomGenerator random) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < shape.rows(); r++) {
            sb.append((char) ('0' + random.nextInt(shape.cols())));
        }
        return new Choice(sb.toString());
    }
}
