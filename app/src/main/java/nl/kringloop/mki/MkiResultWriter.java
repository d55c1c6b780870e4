package nl.kringloop.mki;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Streams an {@link MkiResult} as JSON with a JSON-P generator, member by member: the JSON the JSON-B binding
 * would write (the same members, absent where null, the same number texts), without its reflection and without
 * its cycle check, which hashes every record of a 100,000-line result through {@code hashCode()} (docs/benchmarks.md,
 * "End to end calculate"). {@code MkiResultWriterTest} holds it to JSON-B's output.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class MkiResultWriter implements MessageBodyWriter<MkiResult> {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == MkiResult.class;
    }

    @Override
    public void writeTo(MkiResult r, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        // closing the generator flushes the writer; the container closes the stream
        try (JsonGenerator g = GENERATORS.createGenerator(new NonClosing(w))) {
            write(r, g);
        }
    }

    static void write(MkiResult r, JsonGenerator g) {
        g.writeStartObject();
        g.write("valid", r.valid());
        text(g, "name", r.name());
        g.write("totalMkiEuro", r.totalMkiEuro());
        numbers(g, "byModule", r.byModule());
        if (r.byObject() != null) {
            g.writeStartArray("byObject");
            for (MkiResult.ObjectTotal o : r.byObject()) {
                g.writeStartObject();
                text(g, "id", o.id());
                text(g, "name", o.name());
                text(g, "parent", o.parent());
                g.write("earthwork", o.earthwork());
                g.write("mkiEuro", o.mkiEuro());
                g.write("subtreeMkiEuro", o.subtreeMkiEuro());
                g.writeEnd();
            }
            g.writeEnd();
        }
        if (r.lines() != null) {
            g.writeStartArray("lines");
            for (MkiResult.LineResult l : r.lines()) {
                line(g, l);
            }
            g.writeEnd();
        }
        findings(g, "findings", r.findings());
        if (r.method() != null) {
            method(g, r.method());
        }
        g.writeEnd();
    }

    private static void line(JsonGenerator g, MkiResult.LineResult l) {
        g.writeStartObject();
        text(g, "id", l.id());
        text(g, "object", l.object());
        text(g, "card", l.card());
        g.write("quantity", l.quantity());
        text(g, "unit", l.unit());
        text(g, "status", l.status());
        g.write("mkiEuro", l.mkiEuro());
        numbers(g, "byModule", l.byModule());
        if (l.factors() != null) {
            g.writeStartArray("factors");
            for (MkiResult.AppliedFactor f : l.factors()) {
                g.writeStartObject();
                text(g, "rule", f.rule());
                text(g, "name", f.name());
                g.write("value", f.value());
                texts(g, "modules", f.modules());
                text(g, "plugin", f.plugin());
                g.writeEnd();
            }
            g.writeEnd();
        }
        if (l.pricing() != null) {
            MkiResult.PricingUsed p = l.pricing();
            g.writeStartObject("pricing");
            text(g, "rule", p.rule());
            text(g, "name", p.name());
            text(g, "card", p.card());
            numbers(g, "euroPerUnit", p.euroPerUnit());
            g.write("quantity", p.quantity());
            text(g, "unit", p.unit());
            text(g, "source", p.source());
            numbers(g, "publishedBreakdown", p.publishedBreakdown());
            text(g, "plugin", p.plugin());
            g.writeEnd();
        }
        findings(g, "findings", l.findings());
        g.writeEnd();
    }

    private static void findings(JsonGenerator g, String name, List<MkiResult.ResultFinding> findings) {
        if (findings == null) {
            return;
        }
        g.writeStartArray(name);
        for (MkiResult.ResultFinding f : findings) {
            g.writeStartObject();
            text(g, "severity", f.severity());
            text(g, "rule", f.rule());
            text(g, "line", f.line());
            text(g, "subject", f.subject());
            text(g, "field", f.field());
            text(g, "message", f.message());
            text(g, "plugin", f.plugin());
            g.writeEnd();
        }
        g.writeEnd();
    }

    private static void method(JsonGenerator g, MkiResult.Method m) {
        g.writeStartObject("method");
        text(g, "protocol", m.protocol());
        if (m.plugins() != null) {
            g.writeStartArray("plugins");
            for (MkiResult.PluginVersion p : m.plugins()) {
                g.writeStartObject();
                text(g, "id", p.id());
                text(g, "version", p.version());
                g.writeEnd();
            }
            g.writeEnd();
        }
        if (m.weighting() != null) {
            MkiResult.WeightingUsed w = m.weighting();
            g.writeStartObject("weighting");
            text(g, "id", w.id());
            text(g, "version", w.version());
            text(g, "plugin", w.plugin());
            text(g, "pluginVersion", w.pluginVersion());
            if (w.assumedIndicatorUnits() != null) {
                g.writeStartObject("assumedIndicatorUnits");
                w.assumedIndicatorUnits().forEach((k, v) -> text(g, k, v));
                g.writeEnd();
            }
            g.writeEnd();
        }
        if (m.rules() != null) {
            g.writeStartArray("rules");
            for (MkiResult.RuleUsed u : m.rules()) {
                g.writeStartObject();
                text(g, "id", u.id());
                text(g, "plugin", u.plugin());
                text(g, "pluginVersion", u.pluginVersion());
                texts(g, "implementsRules", u.implementsRules());
                g.write("applied", u.applied());
                g.writeEnd();
            }
            g.writeEnd();
        }
        g.writeEnd();
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.write(name, value);
        }
    }

    private static void texts(JsonGenerator g, String name, List<String> values) {
        if (values != null) {
            g.writeStartArray(name);
            values.forEach(g::write);
            g.writeEnd();
        }
    }

    private static void numbers(JsonGenerator g, String name, Map<String, Double> values) {
        if (values != null) {
            g.writeStartObject(name);
            values.forEach((k, v) -> {
                if (v == null) {
                    g.writeNull(k);
                } else {
                    g.write(k, v);
                }
            });
            g.writeEnd();
        }
    }

    /** lets the generator flush on close without closing the response stream under the container */
    private static final class NonClosing extends FilterWriter {
        NonClosing(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
