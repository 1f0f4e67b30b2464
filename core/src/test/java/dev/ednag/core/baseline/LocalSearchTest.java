package dev.ednag.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.RunSpec;
import dev.ednag.core.run.Runner;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.Neighbourhood;
import dev.ednag.core.space.ToyChoiceSpace;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalSearchTest {

    private static final ToyChoiceSpace SMALL = ToyChoiceSpace.withOneInvalid(4, 3);
    private static final ToyChoiceSpace LARGE = ToyChoiceSpace.withOneInvalid(8, 4);

    /** Worst case on the additive landscape: a start, then at most 8 moves of 24, 23, 23, … new neighbours. */
    private static final int ADDITIVE_WORST_CASE = 1 + 24 + 7 * 23;

    private static Set<String> neighbours(ToyChoiceSpace space, String centre) {
        Set<String> out = new HashSet<>();
        for (Architecture a : space.all()) {
            if (RegularizedEvolutionTest.differences(centre, a.key()) == 1) {
                out.add(a.key());
            }
        }
        return out;
    }

    @Test
    void everyMoveIsToTheBestNeighbourAndStrictlyBetterAndRestartsHappenOnlyAtLocalOptima() {
        for (long seed = 1; seed <= 5; seed++) {
            RecordingObjective objective = new RecordingObjective(Goal.MAXIMIZE, Landscape::rugged);
            new LocalSearch().run(SMALL, objective, new RandomStreams(seed), StepListener.NONE);
            List<List<String>> calls = objective.calls();
            List<double[]> values = objective.values();

            assertEquals(1, calls.get(0).size());
            String centre = calls.get(0).get(0);
            double centreValue = values.get(0)[0];
            int moves = 0;
            int restarts = 0;
            for (int c = 1; c < calls.size(); c++) {
                List<String> call = calls.get(c);
                assertEquals(neighbours(SMALL, centre), new HashSet<>(call), "call " + c + " around " + centre);
                assertEquals(call.size(), new HashSet<>(call).size());
                int best = 0;
                for (int i = 1; i < call.size(); i++) {
                    if (values.get(c)[i] > values.get(c)[best]) {
                        best = i;
                    }
                }
                if (values.get(c)[best] > centreValue) {
                    centre = call.get(best);
                    centreValue = values.get(c)[best];
                    moves++;
                } else if (c + 1 < calls.size()) { // a local optimum: the next call is one restart
                    c++;
                    assertEquals(1, calls.get(c).size(), "expected a restart after local optimum " + centre);
                    centre = calls.get(c).get(0);
                    centreValue = values.get(c)[0];
                    restarts++;
                }
            }
            assertTrue(moves > 0 && restarts > 0, "moves " + moves + ", restarts " + restarts);
        }
    }

    @Test
    void startsFromTheBestOfItsInitialSamples() {
        LocalSearch ls = new LocalSearch(new LocalSearchConfig(5, new RunLimits(40, 10_000)));
        RecordingObjective objective = new RecordingObjective(Goal.MAXIMIZE, Landscape::rugged);
        ls.run(LARGE, objective, new RandomStreams(3), StepListener.NONE);

        List<String> initial = objective.calls().get(0);
        assertEquals(5, initial.size());
        String best = initial.get(0);
        for (String key : initial) {
            if (Landscape.rugged(LARGE.parse(key)) > Landscape.rugged(LARGE.parse(best))) {
                best = key;
            }
        }
        assertEquals(neighbours(LARGE, best), new HashSet<>(objective.calls().get(1)));
    }

    @Test
    void reachesTheOptimumOfAnAdditiveLandscapeWithinItsWorstCaseBudget() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            RunResult result = BaselineContractTest.run(new LocalSearch(), LARGE, seed, ADDITIVE_WORST_CASE);
            assertEquals(Landscape.additiveOptimum(8), result.incumbent().orElseThrow().search(), "seed " + seed);
        }
    }

    @Test
    void findsTheMinimumOfAnErrorLandscape() throws IOException {
        for (long seed = 1; seed <= 10; seed++) {
            RunSpec spec = RunSpec.inMemory(LARGE, new LocalSearch(),
                    Landscape.oracle(a -> Landscape.additiveOptimum(8) - Landscape.additive(a)), Goal.MINIMIZE, seed);
            RunResult result = Runner.run(spec.withBudget(ADDITIVE_WORST_CASE), Runner.TraceListener.NONE);
            assertEquals(0.0, result.incumbent().orElseThrow().search(), "seed " + seed);
        }
    }

    @Test
    void visitsEachNeighbourhoodInARandomOrder() {
        RecordingObjective objective = new RecordingObjective(Goal.MAXIMIZE, Landscape::rugged);
        new LocalSearch().run(SMALL, objective, new RandomStreams(1), StepListener.NONE);
        int neighbourhoods = 0;
        int inListingOrder = 0;
        for (List<String> call : objective.calls()) {
            if (call.size() > 1) {
                neighbourhoods++;
                List<String> listed = Neighbourhood.of(SMALL, SMALL.parse(centreOf(call))).stream()
                        .map(Architecture::key).toList();
                inListingOrder += listed.equals(call) ? 1 : 0;
            }
        }
        assertTrue(neighbourhoods >= 5, "only " + neighbourhoods + " neighbourhoods");
        assertEquals(0, inListingOrder); // 1 in 5,040 for each if the order were random
    }

    /** The centre keeps its digit at a position in most neighbours (all but the 2 that change it). */
    private static String centreOf(List<String> neighbourhood) {
        StringBuilder centre = new StringBuilder();
        for (int p = 0; p < neighbourhood.get(0).length(); p++) {
            int[] counts = new int[10];
            for (String key : neighbourhood) {
                counts[key.charAt(p) - '0']++;
            }
            int digit = 0;
            for (int d = 1; d < 10; d++) {
                digit = counts[d] > counts[digit] ? d : digit;
            }
            centre.append((char) ('0' + digit));
        }
        return centre.toString();
    }

    @Test
    void describesItself() {
        LocalSearch ls = new LocalSearch();
        assertEquals("ls", ls.name());
        assertEquals(List.of("initialSamples", "maxEvaluations", "stallLimit"), List.copyOf(ls.configuration().keySet()));
        assertEquals(List.of(1, 1_000_000L, 10_000), List.copyOf(ls.configuration().values()));
    }
}
