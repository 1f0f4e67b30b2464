package dev.ednag.study;

import dev.ednag.study.report.StudyReport;
import dev.ednag.study.report.SummaryCsv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code study.json}: everything needed to repeat a study — the plan, every optimizer's
 * configuration at every budget, the seed list, each dataset's metrics, optimum and data hashes,
 * the versions, and how long it took.
 */
public final class StudyManifest {

    public static final String FILE = "study.json";
    public static final String FORMAT = "ednag-study/1";

    private StudyManifest() {}

    public static Map<String, Object> build(StudyPlan plan, Map<String, Problem> problems,
            List<StudyRunner.Prepared> runs, int threads, long wallMillis, long newRuns) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("benchmark", plan.benchmark());
        doc.put("protocol", plan.protocol().id());
        doc.put("datasets", datasets(plan, problems));
        doc.put("optimizers", optimizers(plan, runs));
        doc.put("budgets", plan.budgets());
        doc.put("seeds", plan.seeds());
        doc.put("runs", runs.size());
        doc.put("runsExecutedThisTime", newRuns);
        doc.put("threads", threads);
        doc.put("wallMillis", wallMillis);
        doc.put("versions", Versions.all());
        doc.put("files", List.of(RunsCsv.FILE, AnytimeCsv.FILE, StudyLog.FILE, StudyReport.FILE, SummaryCsv.FILE));
        return doc;
    }

    private static List<Object> datasets(StudyPlan plan, Map<String, Problem> problems) {
        List<Object> out = new ArrayList<>();
        for (String name : plan.datasets()) {
            Problem p = problems.get(name);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("space", p.space().name());
            m.put("searchMetric", p.search().column());
            m.put("searchGoal", p.search().goal().name().toLowerCase(Locale.ROOT));
            m.put("reportMetric", p.report().column());
            m.put("reportGoal", p.report().goal().name().toLowerCase(Locale.ROOT));
            m.put("optimumReport", p.optimum().value());
            m.put("optimumArchitectures", p.optimum().keys());
            m.put("dataFiles", p.dataFileMaps());
            m.put("notes", p.notes());
            out.add(m);
        }
        return out;
    }

    /** Each optimizer's description and its configuration per budget (some derive settings from it). */
    private static List<Object> optimizers(StudyPlan plan, List<StudyRunner.Prepared> runs) {
        List<Object> out = new ArrayList<>();
        for (String name : plan.optimizers()) {
            Map<String, Object> byBudget = new LinkedHashMap<>();
            for (StudyRunner.Prepared p : runs) {
                if (p.key().optimizer().equals(name)) {
                    byBudget.putIfAbsent(Long.toString(p.key().budget()), p.context().configuration());
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("description", StudyOptimizers.describe(name));
            m.put("configurationByBudget", byBudget);
            out.add(m);
        }
        return out;
    }
}
