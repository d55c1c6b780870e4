package nl.kringloop.mki.report;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.kringloop.mki.CardImport;
import nl.kringloop.mki.ProjectDocument;
import nl.kringloop.mki.ProjectDocumentReader;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.Problem;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The realisation of the work per line (RWS-MKI 4.0 §4.3a): beside its design quantity each line gets a realised
 * quantity, a status and, once work on it started, the date it was applied in the work (the date §2.3e and §2.4d
 * count from). A restscope line (§4.1) may instead be monitored financially: its realised MKI is the share spent
 * × the line's initial MKI. Pure: reading and validation only.
 */
public final class Realisation {

    public static final String PLANNED = "planned";
    public static final String IN_PROGRESS = "in-progress";
    public static final String REALISED = "realised";
    public static final String REMOVED = "removed";
    static final List<String> STATUSES = List.of(PLANNED, IN_PROGRESS, REALISED, REMOVED);
    public static final String QUANTITY = "quantity";
    public static final String FINANCIAL = "financial";

    private Realisation() {
    }

    /**
     * One line's realisation.
     *
     * @param realisedQuantity in the line's unit; null while nothing is realised or when monitored financially
     * @param appliedOn        the day the line was first applied in the work; null while planned
     * @param monitoring       {@code quantity}, or {@code financial} for a restscope line (§4.1)
     * @param spentShare       0–1, the share of the line's budget spent, for financial monitoring
     */
    public record LineState(String line, Double realisedQuantity, String status, LocalDate appliedOn,
                            String monitoring, Double spentShare) {

        boolean started() {
            return IN_PROGRESS.equals(status) || REALISED.equals(status);
        }

        boolean financial() {
            return FINANCIAL.equals(monitoring);
        }

        JsonObject json() {
            JsonObjectBuilder b = Json.createObjectBuilder().add("line", line);
            if (realisedQuantity != null) {
                b.add("realisedQuantity", realisedQuantity);
            }
            b.add("status", status);
            if (appliedOn != null) {
                b.add("appliedOn", appliedOn.toString());
            }
            b.add("monitoring", monitoring);
            if (spentShare != null) {
                b.add("spentShare", spentShare);
            }
            return b.build();
        }
    }

    /** The stored realisation: line id → state. */
    static Map<String, LineState> parseStored(JsonObject stored) {
        Map<String, LineState> out = new LinkedHashMap<>();
        stored.forEach((k, v) -> {
            JsonObject o = (JsonObject) v;
            out.put(k, new LineState(k, o.get("realisedQuantity") instanceof JsonNumber n ? n.doubleValue() : null,
                    o.getString("status"), o.containsKey("appliedOn") ? LocalDate.parse(o.getString("appliedOn")) : null,
                    o.getString("monitoring", QUANTITY),
                    o.get("spentShare") instanceof JsonNumber n ? n.doubleValue() : null));
        });
        return out;
    }

    static JsonObject storedJson(Map<String, LineState> states) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        states.forEach((k, v) -> b.add(k, v.json()));
        return b.build();
    }

    /** Rows of a bulk update as JSON objects with their field path, from JSON, CSV or XLSX. */
    record Row(String path, JsonObject values) {
    }

    /**
     * Reads a bulk update: JSON {@code {"lines": [...]}}; CSV with a header {@code line, realisedQuantity, status,
     * unit, appliedOn, monitoring, spentShare}; or XLSX with the same columns, where a workbook with an
     * {@code Annex B} sheet is read from that sheet's table (the realised column round trip).
     */
    static List<Row> rows(String format, byte[] body) {
        return switch (format) {
            case "json" -> {
                JsonObject o = JsonInput.object(JsonInput.parse(new String(body, StandardCharsets.UTF_8)), "");
                JsonArray lines = JsonInput.array(JsonInput.required(o, "lines", ""), "lines");
                List<Row> out = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    out.add(new Row(JsonInput.index("lines", i), JsonInput.object(lines.get(i), JsonInput.index("lines", i))));
                }
                yield out;
            }
            case "csv" -> table(CardImport.csvTable(new String(body, StandardCharsets.UTF_8),
                    c -> c.equals("realisedQuantity") || c.equals("spentShare")));
            case "xlsx" -> table(CardImport.xlsxTable(body, AnnexBWorkbook.MAIN_SHEET, "line"));
            default -> throw DomainException.invalid("Content-Type", "use application/json, text/csv or the XLSX"
                    + " media type");
        };
    }

    private static List<Row> table(CardImport.Table t) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            Map<String, String> cells = t.rows().get(i);
            JsonObjectBuilder b = Json.createObjectBuilder();
            for (String key : List.of("line", "realisedQuantity", "status", "unit", "appliedOn", "monitoring",
                    "spentShare")) {
                String v = cells.getOrDefault(key, "").trim();
                if (v.isEmpty()) {
                    continue;
                }
                if (key.equals("realisedQuantity") || key.equals("spentShare")) {
                    try {
                        b.add(key, Json.createValue(new BigDecimal(v)));
                    } catch (NumberFormatException e) {
                        b.add(key, v); // the validation names it
                    }
                } else {
                    b.add(key, v);
                }
            }
            out.add(new Row(t.rowNames().get(i), b.build()));
        }
        return out;
    }

    /**
     * Validates every row against the lines of the work (the project document with its scope changes); all or
     * nothing: any bad row fails the whole update with a 400 listing each bad field.
     *
     * @param lines   line id → line, every line the realisation may name
     * @param current the stored realisation
     * @param today   the date used for {@code appliedOn} when a line starts without one
     * @return the new realisation
     */
    static Map<String, LineState> apply(List<Row> rows, Map<String, ProjectDocument.Line> lines,
                                        Map<String, LineState> current, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, LineState> next = new LinkedHashMap<>(current);
        if (rows.isEmpty()) {
            throw DomainException.invalid("lines", "lines: give at least one line");
        }
        for (Row row : rows) {
            try {
                LineState s = read(row, lines, today);
                if (rows.stream().filter(r -> s.line().equals(text(r.values(), "line"))).count() > 1) {
                    throw new RowError(row.path() + ".line", "once per update", "line '" + s.line()
                            + "' is given more than once");
                }
                LineState before = current.get(s.line());
                // the first day of application stays what it was unless a new one is given
                LocalDate applied = row.values().containsKey("appliedOn") || before == null || before.appliedOn() == null
                        ? s.appliedOn() : before.appliedOn();
                next.put(s.line(), new LineState(s.line(), s.realisedQuantity(), s.status(),
                        s.started() || REMOVED.equals(s.status()) ? applied : s.appliedOn(), s.monitoring(),
                        s.spentShare()));
            } catch (RowError e) {
                errors.add(new Problem.FieldError(e.field, e.rule, e.getMessage()));
            } catch (DomainException e) {
                errors.add(new Problem.FieldError(e.field(), null, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidFields(errors.size() + " of " + rows.size() + " rows are not valid;"
                    + " nothing was changed", errors);
        }
        return next;
    }

    private static LineState read(Row row, Map<String, ProjectDocument.Line> lines, LocalDate today) {
        String p = row.path();
        JsonObject o = row.values();
        for (String key : o.keySet()) {
            if (!List.of("line", "realisedQuantity", "status", "unit", "appliedOn", "monitoring", "spentShare")
                    .contains(key)) {
                throw new RowError(JsonInput.path(p, key), "known field", JsonInput.path(p, key)
                        + ": not a realisation field (line, realisedQuantity, status, unit, appliedOn, monitoring,"
                        + " spentShare)");
            }
        }
        String lineId = JsonInput.string(JsonInput.required(o, "line", p), JsonInput.path(p, "line"));
        ProjectDocument.Line line = lines.get(lineId);
        if (line == null) {
            throw new RowError(JsonInput.path(p, "line"), "known line", JsonInput.path(p, "line") + ": unknown line '"
                    + lineId + "'");
        }
        String status = JsonInput.string(JsonInput.required(o, "status", p), JsonInput.path(p, "status"));
        if (!STATUSES.contains(status)) {
            throw new RowError(JsonInput.path(p, "status"), "status", JsonInput.path(p, "status") + ": '" + status
                    + "' is not one of " + STATUSES);
        }
        Optional<JsonValue> unit = JsonInput.optional(o, "unit");
        if (unit.isPresent()) {
            String u = JsonInput.string(unit.get(), JsonInput.path(p, "unit"));
            if (!ProjectDocumentReader.sameUnit(u, line.unit())) {
                throw new RowError(JsonInput.path(p, "unit"), "the line's unit", JsonInput.path(p, "unit") + ": '" + u
                        + "' is not the unit of line '" + lineId + "' ('" + line.unit() + "')");
            }
        }
        String monitoring = JsonInput.optional(o, "monitoring")
                .map(v -> JsonInput.string(v, JsonInput.path(p, "monitoring"))).orElse(QUANTITY);
        if (!monitoring.equals(QUANTITY) && !monitoring.equals(FINANCIAL)) {
            throw new RowError(JsonInput.path(p, "monitoring"), "monitoring", JsonInput.path(p, "monitoring") + ": '"
                    + monitoring + "' is not quantity or financial");
        }
        Double quantity = JsonInput.optional(o, "realisedQuantity")
                .map(v -> JsonInput.number(v, JsonInput.path(p, "realisedQuantity"))).orElse(null);
        if (quantity != null && quantity < 0) {
            throw new RowError(JsonInput.path(p, "realisedQuantity"), "not negative",
                    JsonInput.path(p, "realisedQuantity") + ": must not be negative (" + quantity + ")");
        }
        Double share = JsonInput.optional(o, "spentShare")
                .map(v -> JsonInput.number(v, JsonInput.path(p, "spentShare"))).orElse(null);
        if (monitoring.equals(FINANCIAL)) {
            if (!line.restscope()) {
                throw new RowError(JsonInput.path(p, "monitoring"), "RWS-MKI 4.0 §4.1", JsonInput.path(p, "monitoring")
                        + ": only a restscope line may be monitored financially (§4.1); line '" + lineId + "' is not"
                        + " restscope");
            }
            if (share == null || share < 0 || share > 1) {
                throw new RowError(JsonInput.path(p, "spentShare"), "RWS-MKI 4.0 §4.1", JsonInput.path(p, "spentShare")
                        + ": financial monitoring needs the share spent, between 0 and 1");
            }
            if (quantity != null) {
                throw new RowError(JsonInput.path(p, "realisedQuantity"), "RWS-MKI 4.0 §4.1",
                        JsonInput.path(p, "realisedQuantity") + ": a financially monitored line has no realised"
                                + " quantity; give spentShare");
            }
        } else {
            if (share != null) {
                throw new RowError(JsonInput.path(p, "spentShare"), "monitoring", JsonInput.path(p, "spentShare")
                        + ": only for monitoring financial");
            }
            if ((status.equals(IN_PROGRESS) || status.equals(REALISED)) && quantity == null) {
                throw new RowError(JsonInput.path(p, "realisedQuantity"), "required", JsonInput.path(p,
                        "realisedQuantity") + ": required for status " + status);
            }
            if ((status.equals(PLANNED) || status.equals(REMOVED)) && quantity != null && quantity != 0) {
                throw new RowError(JsonInput.path(p, "realisedQuantity"), "status", JsonInput.path(p,
                        "realisedQuantity") + ": a " + status + " line has no realised quantity");
            }
        }
        LocalDate appliedOn = null;
        Optional<JsonValue> applied = JsonInput.optional(o, "appliedOn");
        if (applied.isPresent()) {
            String d = JsonInput.string(applied.get(), JsonInput.path(p, "appliedOn"));
            try {
                appliedOn = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw new RowError(JsonInput.path(p, "appliedOn"), "ISO date", JsonInput.path(p, "appliedOn") + ": '" + d
                        + "' is not a date (YYYY-MM-DD)");
            }
        } else if (status.equals(IN_PROGRESS) || status.equals(REALISED)) {
            appliedOn = today;
        }
        return new LineState(lineId, status.equals(PLANNED) || status.equals(REMOVED) ? null : quantity, status,
                appliedOn, monitoring, share);
    }

    /** A bad row, collected so that every bad row is named at once. */
    private static final class RowError extends RuntimeException {
        final String field;
        final String rule;

        RowError(String field, String rule, String message) {
            super(message, null, false, false);
            this.field = field;
            this.rule = rule;
        }
    }

    /** @return the JSON string value or null */
    static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
