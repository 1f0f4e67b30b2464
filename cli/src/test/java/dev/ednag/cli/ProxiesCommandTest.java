package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProxiesCommandTest {

    @Test
    void scoresCorrelatesAndResumes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("p");
        String[] args = {"proxies", "--sample", "12", "--proxy", "synflow,params", "--dataset", "cifar100", "--width", "4",
            "--cells", "1", "--threads", "2", "--out", out.toString()};
        CliRun first = CliRun.of(args);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("0.763"), first.out());
        List<String> rows = Files.readAllLines(out.resolve("proxies.csv"));
        assertEquals("arch,proxy,score,report", rows.get(0));
        assertEquals(25, rows.size());
        assertTrue(rows.get(2).contains(",params,"), rows.get(2));
        Map<String, Object> correlation = Json.parseObject(Files.readString(out.resolve("correlation.json")));
        assertEquals("synflow", correlation.get("proxy"));
        assertEquals(12.0, ((Number) correlation.get("n")).doubleValue());
        double rho = ((Number) correlation.get("spearman")).doubleValue();
        assertTrue(rho >= -1 && rho <= 1, "spearman " + rho);

        // A cut last line is redone; nothing else is scored again.
        String text = Files.readString(out.resolve("proxies.csv"));
        Files.writeString(out.resolve("proxies.csv"), text.substring(0, text.length() - 7));
        CliRun again = CliRun.of(args);
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(rows, Files.readAllLines(out.resolve("proxies.csv")));

        String[] other = args.clone();
        other[2] = "13";
        CliRun refused = CliRun.of(other);
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("other settings"), refused.err());
    }

    @Test
    void dataProxiesNeedImagesAndBadNamesAreRefused(@TempDir Path dir) {
        CliRun noData = CliRun.of("proxies", "--proxy", "snip", "--out", dir.resolve("a").toString());
        assertEquals(2, noData.exitCode(), noData.err());
        assertTrue(noData.err().contains("--data gaussian"), noData.err());
        CliRun unknown = CliRun.of("proxies", "--proxy", "fisher", "--out", dir.resolve("b").toString());
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("synflow"), unknown.err());
    }
}
