package dev.ednag.benchmarks;

/**
 * Splits one CSV line into fields without regular expressions: a plain field runs to the next comma
 * and is stripped of surrounding blanks; a field that starts with a double quote runs to the closing
 * quote, with {@code ""} standing for one quote (RFC 4180, minus line breaks inside fields).
 */
final class CsvLineSplitter {

    private final String[] fields;

    /** @param capacity the number of fields to keep; further fields are only counted */
    CsvLineSplitter(int capacity) {
        this.fields = new String[capacity];
    }

    /** Field {@code i} of the last line split. */
    String field(int i) {
        return fields[i];
    }

    /**
     * Splits {@code line} and returns its number of fields.
     *
     * @throws IllegalArgumentException with a short reason for a malformed quoted field
     */
    int split(String line) {
        int count = 0;
        int pos = 0;
        int length = line.length();
        while (true) {
            String field;
            int next;
            if (pos < length && line.charAt(pos) == '"') {
                StringBuilder sb = new StringBuilder();
                int i = pos + 1;
                while (true) {
                    if (i >= length) {
                        throw new IllegalArgumentException("field " + (count + 1)
                                + " has an opening quote but no closing quote (fields may not span lines)");
                    }
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < length && line.charAt(i + 1) == '"') {
                            sb.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.append(c);
                    i++;
                }
                if (i < length && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("field " + (count + 1)
                            + " has characters after its closing quote");
                }
                field = sb.toString();
                next = i;
            } else {
                int comma = line.indexOf(',', pos);
                next = comma < 0 ? length : comma;
                field = line.substring(pos, next).strip();
            }
            if (count < fields.length) {
                fields[count] = field;
            }
            count++;
            if (next >= length) {
                return count;
            }
            pos = next + 1; // skip the comma; a trailing comma yields one last empty field
        }
    }
}
