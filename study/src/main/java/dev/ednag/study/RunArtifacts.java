package dev.ednag.study;

import dev.ednag.core.io.AtomicFiles;
import dev.ednag.core.json.Json;
import dev.ednag.core.run.RunResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The files a run leaves in its output folder. Each is written to a temporary name and renamed, so
 * a crash never leaves a half-written file behind. The journal is written during the run itself.
 */
public final class RunArtifacts {

    public static final String RESULT = "result.json";
    public static final String TRACE = "trace.csv";
    public static final String JOURNAL = "journal.jsonl";
    public static final String CHART = "denoising.png";

    private RunArtifacts() {}

    public static void write(Path dir, RunContext ctx, RunResult result, int topK) throws IOException {
        // The result first: it is what a user needs if anything after it fails.
        AtomicFiles.write(dir.resolve(RESULT), Json.writePretty(ResultDocument.build(ctx, result, topK)) + "\n");
        AtomicFiles.write(dir.resolve(TRACE), TraceCsv.render(result.trace()));
        String title = ctx.optimizer() + " on " + ctx.benchmark()
                + (ctx.dataset() == null ? "" : " " + ctx.dataset()) + " (" + ctx.protocol() + ", seed " + ctx.seed() + ")";
        AtomicFiles.write(dir.resolve(CHART), DenoisingChart.png(result.trace(), title, ctx.searchMetric()));
    }
}
