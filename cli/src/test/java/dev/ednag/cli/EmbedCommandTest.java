package dev.ednag.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.surrogate.encoding.EmbeddingTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesATableOfEveryCellThatRepeatsForTheSameSeed() throws IOException {
        Path a = tmp.resolve("a.emb.gz");
        Path b = tmp.resolve("b.emb.gz");
        CliRun run = CliRun.of("embed", "--space", "tnb101-micro", "--epochs", "1", "--out", a.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("arch2vec-tnb101-micro.emb.gz"), run.out());
        assertTrue(run.err().contains("epoch 1/1"), run.err());
        assertEquals(0, CliRun.of("embed", "--space", "tnb101-micro", "--epochs", "1", "--out", b.toString()).exitCode());
        EmbeddingTable table;
        try (InputStream in = Files.newInputStream(a)) {
            table = EmbeddingTable.read(in);
        }
        assertEquals(4096, table.rows());
        assertEquals(16, table.dimension());
        assertTrue(table.provenance().contains("\"epochs\":1"), table.provenance());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "one seed, one table");
    }

    @Test
    void refusesASpaceWithoutCellGraphs() {
        Path out = tmp.resolve("x.emb.gz");
        CliRun run = CliRun.of("embed", "--space", "nb101", "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("only nb201 and tnb101-micro"), run.err());
        assertFalse(Files.exists(out));
    }
}
