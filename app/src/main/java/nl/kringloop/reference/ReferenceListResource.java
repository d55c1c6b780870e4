package nl.kringloop.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.PageLinks;
import nl.kringloop.platform.Paging;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** {@code /api/reference/lists}: the versioned EU CRM and ZZS lists passports are checked against. */
@Path("reference/lists")
@RequestScoped
@Tag(name = "reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceListResource {

    @Schema(name = "ReferenceListSummary")
    public record Summary(@Schema(example = "eu-crm-2023") String id, @Schema(example = "eu-crm") String kind,
                          @Schema(example = "2023") String version, String title, String source, String note,
                          @Schema(description = "a shipped excerpt for demonstrations, not the real list") boolean demo,
                          Instant publishedAt, int entryCount) {
        static Summary of(ReferenceList l) {
            return new Summary(l.id(), l.kind(), l.version(), l.title(), l.source(), l.note(), l.demo(),
                    l.publishedAt(), l.entryCount());
        }
    }

    @Inject
    PageLinks pageLinks;

    @Inject
    ReferenceLists lists;

    @Inject
    Caller caller;

    @GET
    @PermitAll
    @Operation(summary = "List every reference list version",
            description = "EU CRM 2017 (COM(2017) 490), 2020 (COM(2020) 474), 2023 (Regulation (EU) 2024/1252 Annex II),"
                    + " the labelled ZZS demo excerpt, and every version the administrator published.")
    @APIResponse(responseCode = "200", description = "every list version", content = @Content(
            schema = @Schema(implementation = Summary.class, type = SchemaType.ARRAY)))
    public List<Summary> list(@QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                              @QueryParam("limit") Integer limit) {
        return pageLinks.pageOf(lists.all(), offset, limit).stream().map(Summary::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Show a reference list version with its entries")
    @APIResponse(responseCode = "200", description = "the list", content = @Content(
            schema = @Schema(implementation = ReferenceListBodies.Published.class)))
    @APIResponse(responseCode = "404", description = "no such list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject show(@PathParam("id") String id) {
        ReferenceList l = lists.find(id).orElseThrow(() -> DomainException.unknown("Reference list", id));
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", l.id()).add("kind", l.kind())
                .add("version", l.version()).add("title", l.title()).add("source", l.source())
                .add("demo", l.demo()).add("publishedAt", l.publishedAt().toString())
                .add("publishedBy", l.publishedBy()).add("entryCount", l.entryCount());
        if (l.note() != null) {
            o.add("note", l.note());
        }
        try (JsonReader r = Json.createReader(new StringReader(l.entriesJson()))) {
            o.add("entries", r.readArray());
        }
        return o.build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish a new list version (governance administrator)",
            description = "kind eu-crm (entries: name, aliases, symbols, cas, members {name, symbol, cas}) or zzs"
                    + " (entries: cas, ec, nameNl, nameEn, regimes). The id defaults to kind-version; an existing id is"
                    + " 409 because a published version never changes. Every CAS must have a valid check digit.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferenceListBodies.Request.class)))
    @APIResponse(responseCode = "201", description = "published", content = @Content(
            schema = @Schema(implementation = Summary.class)))
    @APIResponse(responseCode = "400", description = "bad entry, e.g. a CAS with a wrong check digit (field entries[i].cas)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "not the governance administrator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the id exists", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(String body) {
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        String kind = JsonInput.string(JsonInput.required(o, "kind", ""), "kind");
        String version = token(JsonInput.string(JsonInput.required(o, "version", ""), "version"), "version");
        String id = JsonInput.optional(o, "id").map(v -> token(JsonInput.string(v, "id"), "id")).orElse(kind + "-" + version);
        String title = JsonInput.optional(o, "title").map(v -> JsonInput.string(v, "title")).orElse(kind + " " + version);
        String source = JsonInput.string(JsonInput.required(o, "source", ""), "source");
        String note = JsonInput.optional(o, "note").map(v -> JsonInput.string(v, "note")).orElse(null);
        JsonArray entries = JsonInput.array(JsonInput.required(o, "entries", ""), "entries");
        ReferenceList l = lists.publish(caller, id, kind, version, title, source, note, entries);
        return Response.created(URI.create("reference/lists/" + l.id())).entity(Summary.of(l)).build();
    }

    @POST
    @Path("zzs/import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Import the RIVM ZZS export as a new ZZS list version (governance administrator)",
            description = "Body: the export as CSV (; , or tab) or XLSX. Columns are found by heading: CAS, EG/EC,"
                    + " Dutch and English name; other columns are regime flags. Versioned by the export's publication"
                    + " date (query 'version', e.g. 2026-01-15). A row with a bad CAS check digit refuses the whole import.")
    @APIResponse(responseCode = "201", description = "published", content = @Content(
            schema = @Schema(implementation = Summary.class)))
    @APIResponse(responseCode = "400", description = "unreadable file or bad rows (errors name the rows)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "not the governance administrator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importZzs(@QueryParam("version") @Parameter(required = true, example = "2026-01-15") String version,
                              @QueryParam("source") @Parameter(example = "RIVM ZZS export of 2026-01-15") String source,
                              byte[] body) {
        if (version == null || version.isBlank()) {
            throw DomainException.invalid("version", "version: required (the export's publication date)");
        }
        String v = token(version, "version");
        List<ZzsList.Entry> entries = ZzsImporter.read(body);
        ReferenceList l = lists.publish(caller, "zzs-" + v, ReferenceListFormat.ZZS, v, "ZZS list (RIVM) " + v,
                source == null || source.isBlank() ? "RIVM ZZS export " + v : source, null,
                ReferenceListFormat.zzsJson(entries));
        return Response.created(URI.create("reference/lists/" + l.id())).entity(Summary.of(l)).build();
    }

    private static String token(String s, String field) {
        if (!s.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,60}")) {
            throw DomainException.invalid(field, field + ": letters, digits, '.', '_' and '-' only, at most 61");
        }
        return s;
    }
}
