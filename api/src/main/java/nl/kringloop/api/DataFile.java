package nl.kringloop.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A versioned reference-data file shipped inside a plugin jar, in the layout every Kringloop plugin uses so that
 * each figure names its source: {@code # key: value} header lines (at least {@code id}, {@code version} and
 * {@code source}), then one row per line with a fixed number of {@code ;}-separated fields. Blank lines are
 * skipped. Errors name the file and line, so a broken data file fails the plugin's load with a clear reason.
 *
 * @param origin the resource name, for messages
 * @param header the header entries, in file order
 * @param rows   the data rows, in file order
 */
public record DataFile(String origin, Map<String, String> header, List<Row> rows) {

    private static final List<String> ALWAYS_REQUIRED = List.of("id", "version", "source");

    public DataFile {
        header = Map.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param lineNumber its line in the file, counting from 1
     * @param fields     the fields, trimmed
     */
    public record Row(int lineNumber, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        public String text(int i) {
            return fields.get(i);
        }

        /** @return the field as a number; an empty field is {@code null} */
        public Double number(int i) {
            String f = fields.get(i);
            return f.isEmpty() ? null : Double.valueOf(f);
        }
    }

    /**
     * Reads a resource next to {@code anchor} in its jar.
     *
     * @param fieldCount      fields every row must have
     * @param requiredHeaders header keys needed beside id, version and source
     */
    public static DataFile read(Class<?> anchor, String resource, int fieldCount, String... requiredHeaders) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from plugin jar: " + resource);
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), fieldCount,
                    requiredHeaders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DataFile parse(String origin, BufferedReader reader, int fieldCount, String... requiredHeaders)
            throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        Pattern separator = Pattern.compile(";");
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    header.put(line.substring(1, colon).trim(), line.substring(colon + 1).trim());
                }
                continue;
            }
            String[] f = separator.split(line, -1);
            if (f.length != fieldCount) {
                throw new IllegalStateException(origin + " line " + lineNo + ": expected " + fieldCount
                        + " fields, got " + f.length);
            }
            List<String> fields = new ArrayList<>(f.length);
            for (String s : f) {
                fields.add(s.trim());
            }
            rows.add(new Row(lineNo, fields));
        }
        List<String> required = new ArrayList<>(ALWAYS_REQUIRED);
        required.addAll(List.of(requiredHeaders));
        for (String key : required) {
            if (!header.containsKey(key)) {
                throw new IllegalStateException(origin + ": header '" + key + "' missing");
            }
        }
        return new DataFile(origin, header, rows);
    }

    public String header(String key) {
        return header.get(key);
    }

    /** @return an error naming this file and the row's line, for a row the plugin cannot accept */
    public IllegalStateException error(Row row, String message) {
        return new IllegalStateException(origin + " line " + row.lineNumber() + ": " + message);
    }
}
