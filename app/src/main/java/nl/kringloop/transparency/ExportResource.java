package nl.kringloop.transparency;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.kringloop.passport.GuidelineVersion;
import nl.kringloop.passport.PassportVersion;
import nl.kringloop.reference.ReferenceList;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The full public export for mirrors (docs/transparency-log.md): one JSON object a line, streamed page by page so
 * its size is bounded by nothing but the register. The verifier checks a saved export as it checks the live log.
 */
@Path("export")
@Tag(name = "transparency")
@RequestScoped
public class ExportResource {

    public static final String NDJSON = "application/x-ndjson";
    private static final int PAGE = 200;

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    TransparencyLog log;

    @GET
    @PermitAll
    @Produces(NDJSON)
    @Operation(summary = "Everything the register has published, as JSON lines",
            description = "Line 1 describes the export; then every published passport version (document as"
                    + " published), every reference list and guideline version, the log up to the checkpoint, and"
                    + " the checkpoint with the public key. Each line has a \"type\".")
    @APIResponse(responseCode = "200", description = "the export, streamed", content = @Content(mediaType = NDJSON,
            schema = @Schema(type = SchemaType.STRING)))
    public Response export() {
        // the checkpoint first: the log lines stop at what it signs, whatever is published meanwhile
        LogCheckpoint cp = log.checkpoint().orElse(null);
        long upTo = cp == null ? 0 : cp.sequence();
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            line(w, Json.createObjectBuilder().add("type", "export").add("format", 1).add("logSequence", upTo));
            pages("select v from PassportVersion v order by v.id", PassportVersion.class, v -> {
                String head = Json.createObjectBuilder().add("type", "passport-version").add("id", v.passportId())
                        .add("version", v.number()).add("publishedAt", v.publishedAt().toString())
                        .add("contentSha256", v.sha256()).build().toString();
                // the stored canonical text as it is: what the hash was taken over
                return head.substring(0, head.length() - 1) + ",\"document\":" + v.documentJson() + "}";
            }, w);
            pages("select l from ReferenceList l order by l.id", ReferenceList.class, l -> {
                String head = Json.createObjectBuilder().add("type", "reference-list").add("id", l.id())
                        .add("kind", l.kind()).add("version", l.version()).add("title", l.title())
                        .add("source", l.source()).add("demo", l.demo()).add("publishedAt", l.publishedAt().toString())
                        .build().toString();
                return head.substring(0, head.length() - 1) + ",\"entries\":" + l.entriesJson() + "}";
            }, w);
            pages("select g from GuidelineVersion g order by g.id", GuidelineVersion.class, g ->
                    Json.createObjectBuilder().add("type", "guideline-version").add("id", g.id()).add("title", g.title())
                            .add("required", Json.createArrayBuilder(g.required()))
                            .add("optional", Json.createArrayBuilder(g.optional()))
                            .add("added", Json.createArrayBuilder(g.added()))
                            .add("publishedAt", g.publishedAt().toString()).build().toString(), w);
            for (long from = 1; from <= upTo; from += PAGE) {
                for (LogEntry e : log.entries(from, (int) Math.min(PAGE, upTo - from + 1))) {
                    LogResource.EntryView v = LogResource.EntryView.of(e);
                    line(w, Json.createObjectBuilder().add("type", "log-entry").add("sequence", v.sequence())
                            .add("time", v.time()).add("kind", v.kind()).add("id", v.id()).add("version", v.version())
                            .add("contentHash", v.contentHash()).add("previousHash", v.previousHash())
                            .add("entryHash", v.entryHash()));
                }
            }
            if (cp != null) {
                line(w, Json.createObjectBuilder().add("type", "checkpoint").add("sequence", cp.sequence())
                        .add("entryHash", cp.entryHash()).add("time", cp.signedAt()).add("keyId", cp.keyId())
                        .add("signature", cp.signature()).add("publicKey", log.key().publicKeyBase64()));
            }
            w.flush();
        };
        return Response.ok(body, NDJSON).header("Content-Disposition", "attachment; filename=\"kringloop-export.jsonl\"")
                .build();
    }

    private <T> void pages(String jpql, Class<T> type, Function<T, String> toLine, Writer w) throws IOException {
        for (int first = 0; ; first += PAGE) {
            List<T> page = em.createQuery(jpql, type).setFirstResult(first).setMaxResults(PAGE).getResultList();
            for (T t : page) {
                w.write(toLine.apply(t));
                w.write('\n');
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static void line(Writer w, JsonObjectBuilder b) throws IOException {
        w.write(b.build().toString());
        w.write('\n');
    }
}
