package dev.ednag.surrogate.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.space.Architecture;
import dev.ednag.spaces.SearchSpaces;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.surrogate.encoding.Encodings;
import dev.ednag.surrogate.model.Predictor;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SurrogateObjectiveTest {

    private static final SearchSpace NB201 = SearchSpaces.get("nb201");

    /** Predicts the sum of the features (larger is better) with sd 1. */
    private record SumPredictor(int dimension) implements Predictor {
        @Override
        public void predict(double[] features, int n, double[] mean, double[] sd) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int k = 0; k < dimension; k++) {
                    sum += features[i * dimension + k];
                }
                mean[i] = sum;
                sd[i] = 1;
            }
        }
    }

    @Test
    void realValuesForEvaluatedCellsPredictionsForTheRest() {
        SplittableRandom r = new SplittableRandom(1);
        Architecture evaluated = NB201.sample(r);
        Architecture other = NB201.sample(r);
        Observations seen = new Observations(Encodings.of("path", NB201), Goal.MAXIMIZE);
        seen.add(evaluated, 91.5);
        SurrogateObjective objective = new SurrogateObjective(seen, new SumPredictor(155));
        double paths = sum(Encodings.of("path", NB201).encode(other));
        assertArrayEquals(new double[] {91.5, paths}, objective.evaluate(List.of(evaluated, other)));
        assertEquals(List.of(evaluated, other), objective.drainAsked());
        assertEquals(List.of(), objective.drainAsked(), "draining forgets");
    }

    @Test
    void aMetricToMinimiseGetsThePredictionTurnedBack() {
        Observations seen = new Observations(Encodings.of("onehot", NB201), Goal.MINIMIZE);
        Architecture a = NB201.sample(new SplittableRandom(2));
        SurrogateObjective objective = new SurrogateObjective(seen, new SumPredictor(30));
        // The surrogate learns −metric (larger is better), so a prediction of 6 means a metric of −6.
        assertArrayEquals(new double[] {-6.0}, objective.evaluate(List.of(a)));
    }

    @Test
    void aRefitDropsCachedPredictions() {
        Observations seen = new Observations(Encodings.of("onehot", NB201), Goal.MAXIMIZE);
        Architecture a = NB201.sample(new SplittableRandom(3));
        SurrogateObjective objective = new SurrogateObjective(seen, new SumPredictor(30));
        assertEquals(6.0, objective.evaluate(List.of(a))[0]);
        objective.use(ConstantPredictor.of(30));
        assertEquals(0.0, objective.evaluate(List.of(a))[0]);
        assertEquals(1.0, objective.predictions(List.of(a)).get(0).sd());
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}
