package dev.ednag.study;

import dev.ednag.benchmarks.TabularOracle;
import dev.ednag.study.report.Anchor;
import dev.ednag.study.report.DatasetMetrics;
import dev.ednag.study.report.OptimizerSetup;
import dev.ednag.study.report.PublishedAnchors;
import dev.ednag.study.report.RandomSearchAnchors;
import dev.ednag.study.report.StudyHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report header of a study: metrics, seeds, optimizers, caveats and every anchor that applies. */
final class StudyHeaders {

    private StudyHeaders() {}

    static StudyHeader of(StudyPlan plan, Map<String, Problem> problems, long wallMillis) {
        List<DatasetMetrics> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>(PublishedAnchors.forBenchmark(plan.benchmark()));
        for (String dataset : plan.datasets()) {
            Problem p = problems.get(dataset);
            metrics.add(new DatasetMetrics(dataset, p.search().column(), p.report().column(), p.report().goal()));
            for (String note : p.notes()) {
                notes.add(dataset + ": " + note);
            }
            anchors.addAll(exactRandomSearch(plan, dataset, p));
        }
        List<OptimizerSetup> optimizers = new ArrayList<>();
        for (String name : plan.optimizers()) {
            optimizers.add(new OptimizerSetup(name, StudyOptimizers.describe(name)));
        }
        return new StudyHeader(plan.benchmark(), plan.protocol().id(), metrics, seeds(plan.seeds()), optimizers,
                notes, wallMillis, anchors);
    }

    /** Random search's exact expectation under this study's own metrics, at every budget the table allows. */
    private static List<Anchor> exactRandomSearch(StudyPlan plan, String dataset, Problem p) {
        if (!(p.oracle() instanceof TabularOracle oracle)) {
            return List.of();
        }
        double[] search = oracle.table().column(oracle.searchColumn());
        double[] report = oracle.table().column(oracle.reportColumn());
        int rows = 0;
        for (int i = 0; i < search.length; i++) {
            if (!Double.isNaN(search[i]) && !Double.isNaN(report[i])) {
                search[rows] = search[i];
                report[rows] = report[i];
                rows++;
            }
        }
        double[] s = Arrays.copyOf(search, rows);
        double[] r = Arrays.copyOf(report, rows);
        long[] budgets = plan.budgets().stream().mapToLong(Long::longValue).filter(b -> b <= s.length).toArray();
        String setting = String.format(Locale.ROOT, "search = %s, report = %s, all %,d rows", oracle.searchColumn(),
                oracle.reportColumn(), rows);
        return RandomSearchAnchors.exact(dataset, plan.protocol().id(), s, r, p.search().goal(), setting, budgets);
    }

    private static String seeds(List<Long> seeds) {
        boolean consecutive = true;
        for (int i = 1; i < seeds.size(); i++) {
            consecutive &= seeds.get(i) == seeds.get(i - 1) + 1;
        }
        String list = consecutive && seeds.size() > 2
                ? seeds.get(0) + ".." + seeds.get(seeds.size() - 1)
                : seeds.toString();
        return seeds.size() + " seeds " + list + ", the same for every optimizer (listed in " + StudyManifest.FILE + ")";
    }
}
