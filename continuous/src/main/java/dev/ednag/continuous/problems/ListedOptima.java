package dev.ednag.continuous.problems;

import java.util.ArrayList;
import java.util.List;

/** Known optima given as an explicit list of points. */
public final class ListedOptima implements KnownOptima {

    private final String description;
    private final List<double[]> points;

    /**
     * @param description e.g. {@code 4 minima}
     * @param points      the optima, all of one dimension; copied
     */
    public ListedOptima(String description, List<double[]> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no optima listed");
        }
        List<double[]> copies = new ArrayList<>();
        for (double[] point : points) {
            if (point.length != points.get(0).length) {
                throw new IllegalArgumentException("optima of different dimensions");
            }
            copies.add(point.clone());
        }
        this.description = description;
        this.points = List.copyOf(copies);
    }

    /** The optima, as copies. */
    @Override
    public List<double[]> points() {
        return points.stream().map(double[]::clone).toList();
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public int countHeld(double[][] positions, double radius, int members) {
        int dim = points.get(0).length;
        for (double[] position : positions) {
            TestFunction.requireDimension(position, dim);
        }
        double radiusSquared = radius * radius;
        int held = 0;
        for (double[] optimum : points) {
            int near = 0;
            for (double[] position : positions) {
                if (TwoPeakDensity.squaredDistance(position, optimum) <= radiusSquared && ++near == members) {
                    held++;
                    break;
                }
            }
        }
        return held;
    }
}
