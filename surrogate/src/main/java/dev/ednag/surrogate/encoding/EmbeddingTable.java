package dev.ednag.surrogate.encoding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned embedding of every cell of a space: row i is the vector of the cell with index i. What the
 * search reads is this table alone, never the network that produced it, so a run does not depend on
 * whether or where the embedding was trained; {@link #provenance()} says how it was made.
 *
 * <p>Stored as gzip of: the magic {@code EDNAGEMB}, format version 1, the space name, the provenance
 * (one line of JSON), the row count, the dimension and the values as big-endian floats, row-major.
 *
 * @param space      the space's command-line name
 * @param provenance how the table was made (model, settings, seed), for manifests
 * @param rows       number of cells
 * @param dimension  floats per cell
 * @param values     rows·dimension values
 */
public record EmbeddingTable(String space, String provenance, int rows, int dimension, float[] values) {

    private static final long MAGIC = 0x4544_4E41_4745_4D42L; // "EDNAGEMB"
    private static final int VERSION = 1;

    public EmbeddingTable {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(values, "values");
        if (rows < 1 || dimension < 1 || values.length != (long) rows * dimension) {
            throw new IllegalArgumentException("an embedding of " + rows + " × " + dimension + " needs that many values, got "
                    + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException("embedding value " + (i % dimension) + " of row " + (i / dimension)
                        + " is not finite");
            }
        }
    }

    /** Value {@code k} of row {@code row}. */
    public float get(int row, int k) {
        return values[row * dimension + k];
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip));
        data.writeLong(MAGIC);
        data.writeInt(VERSION);
        data.writeUTF(space);
        data.writeUTF(provenance);
        data.writeInt(rows);
        data.writeInt(dimension);
        for (float v : values) {
            data.writeFloat(v);
        }
        data.flush();
        gzip.finish();
    }

    /**
     * Reads a table written by {@link #write}.
     *
     * @throws IOException when the stream is not such a table or is cut short
     */
    public static EmbeddingTable read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        if (data.readLong() != MAGIC) {
            throw new IOException("not an ednag embedding table");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("embedding table format " + version + " is not supported (this build reads "
                    + VERSION + ")");
        }
        String space = data.readUTF();
        String provenance = data.readUTF();
        int rows = data.readInt();
        int dimension = data.readInt();
        if (rows < 1 || dimension < 1 || (long) rows * dimension > Integer.MAX_VALUE) {
            throw new IOException("embedding table of " + rows + " × " + dimension + " is not readable");
        }
        float[] values = new float[rows * dimension];
        for (int i = 0; i < values.length; i++) {
            values[i] = data.readFloat();
        }
        return new EmbeddingTable(space, provenance, rows, dimension, values);
    }

    /** The table shipped for {@code space} under {@code name}, or null when none is shipped. */
    static EmbeddingTable shipped(String name, String space) {
        String resource = resourceName(name, space);
        try (InputStream in = EmbeddingTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            EmbeddingTable table = read(in);
            if (!table.space.equals(space)) {
                throw new IllegalStateException(resource + " embeds " + table.space + ", not " + space);
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped embedding " + resource, e);
        }
    }

    /** Where the table of {@code space} under {@code name} is shipped, relative to this package. */
    public static String resourceName(String name, String space) {
        return name + "-" + space + ".emb.gz";
    }
}
