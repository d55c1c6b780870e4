package nl.kringloop.mki;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.PageLinks;
import nl.kringloop.platform.Paging;
import nl.kringloop.platform.Preconditions;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/mki/projects}: stored MKI projects, their lines and objects, variants and comparison, result and
 * export. Reading is public; every write needs the role {@code calculator} (or {@code admin}).
 */
@Path("mki/projects")
@RequestScoped
@Tag(name = "mki-projects")
@Produces(MediaType.APPLICATION_JSON)
public class MkiProjectResource {

    @Inject
    PageLinks pageLinks;

    private static final String WRITERS_NOTE = " Needs a bearer token with role calculator or admin; a project belongs"
            + " to its creator's organisation, and only that organisation's calculators and the administrator change"
            + " it (403 otherwise; the illustrative demo: the administrator only).";

    @Inject
    Preconditions preconditions;

    @Inject
    MkiProjects projects;

    @Inject
    MkiCalculationService calculation;

    @Context
    SecurityContext security;

    /** The settings of a project as a request body takes them (create, PATCH); the limits are the columns'. */
    @Schema(name = "MkiProjectSettings", description = "A project document's settings; create also takes cards,"
            + " objects and lines (see POST /api/mki/calculate)")
    public record Settings(@Schema(maxLength = MkiProjectEntity.NAME_LENGTH, example = "N201 groot onderhoud") String name,
                           @Schema(enumeration = {"3.0", "3.1", "4.0"}) String protocolVersion,
                           @Schema(example = "nmd-set-1") String weighting, Double serviceLifeYears,
                           @Schema(example = "NMD 3.7 (2024-03-01)") String nmdVersion) {
    }

    /** A project as listed. */
    @Schema(name = "MkiProjectSummary")
    public record Summary(String id, @Schema(maxLength = MkiProjectEntity.NAME_LENGTH) String name, String variantOf, String variantLabel,
                          @Schema(description = "demo data: invented cards and quantities") boolean illustrative,
                          long revision, Instant createdAt, Instant updatedAt, String updatedBy, int lines) {
    }

    /** A project with its document. */
    @Schema(name = "MkiProject")
    public record View(Summary project, @Schema(type = SchemaType.OBJECT) JsonObject document) {
    }

    @GET
    @Operation(summary = "List projects", description = "Every stored project and variant; demo data is marked"
            + " illustrative.")
    @APIResponse(responseCode = "200", description = "projects", content = @Content(
            schema = @Schema(implementation = Summary.class, type = SchemaType.ARRAY)))
    public List<Summary> list(@QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                              @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(offset, limit);
        pageLinks.page(page, projects.count());
        return projects.list(page).stream().map(MkiProjectResource::summary).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a project", description = "From a complete project document (docs/mki.md; lines may"
            + " name library cards of the document's nmdVersion, which are embedded), or empty from"
            + " {\"name\": …} with protocol 4.0, weighting nmd-set-1 and a 50-year service life unless given."
            + WRITERS_NOTE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MkiBodies.Create.class)))
    @APIResponse(responseCode = "201", description = "created", content = @Content(
            schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "400", description = "the document is not valid (the field is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(String body) {
        MkiProjectEntity e = projects.create(JsonInput.object(JsonInput.parse(body), ""), user(), false);
        return Response.created(URI.create("mki/projects/" + e.id())).entity(view(e)).build();
    }

    /** each compared project is calculated in full: a bound on the work one request can ask for */
    static final int MAX_COMPARED = 10;

    @GET
    @Path("compare")
    @Operation(summary = "Compare variants side by side", description = "Two or more project ids (comma"
            + " separated): total, per object (subtree), per module, and the lines that differ; the first id is the"
            + " base.")
    @APIResponse(responseCode = "200", description = "the comparison", content = @Content(
            schema = @Schema(implementation = VariantComparison.Comparison.class)))
    @APIResponse(responseCode = "400", description = "fewer than two ids",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VariantComparison.Comparison compare(
            @QueryParam("ids") @Parameter(description = "comma-separated project ids", example = "a,b") String ids) {
        List<String> list = ids == null ? List.of()
                : Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (list.size() < 2 || list.size() > MAX_COMPARED) {
            throw DomainException.invalid("ids", "ids: give 2 to " + MAX_COMPARED
                    + " project ids, comma separated; got " + list.size());
        }
        List<VariantComparison.Input> inputs = new ArrayList<>();
        for (String id : list) {
            MkiProjectEntity e = projects.get(id);
            ProjectDocument doc = MkiProjectResource.document(e);
            inputs.add(new VariantComparison.Input(e.id(), e.variantLabel(), doc, calculation.calculate(doc)));
        }
        return VariantComparison.compare(inputs);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Show a project with its document")
    @APIResponse(responseCode = "200", description = "the project", content = @Content(
            schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "404", description = "no such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public View show(@PathParam("id") String id) {
        return view(projects.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change project settings", description = "JSON merge patch of name, protocolVersion,"
            + " weighting, serviceLifeYears, nmdVersion, sections." + WRITERS_NOTE)
    @RequestBody(content = @Content(schema = @Schema(implementation = Settings.class)))
    @APIResponse(responseCode = "200", description = "changed", content = @Content(schema = @Schema(implementation = View.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public View changeSettings(@PathParam("id") String id, String body) {
        return view(projects.changeSettings(id, JsonInput.object(JsonInput.parse(body), ""), user()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a project", description = "Its variants stay; its contract, realisation and registers"
            + " go with it. A project with issued reports (RWS-MKI 4.0 chapter 4) is kept: 409." + WRITERS_NOTE)
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "409", description = "the project has issued reports", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public Response delete(@PathParam("id") String id) {
        projects.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/result")
    @Operation(summary = "Calculate the project's MKI", description = "The result of docs/mki.md for the stored"
            + " document: totals per module, object and line, every factor with its rule, findings, and the"
            + " plugins and versions used.")
    @APIResponse(responseCode = "200", description = "the result", content = @Content(
            schema = @Schema(implementation = MkiResult.class)))
    public MkiResult result(@PathParam("id") String id) {
        return calculation.result(projects.compiled(id));
    }

    @GET
    @Path("{id}/result/summary")
    @Operation(summary = "The project's MKI without per-line rows", description = "The figures of GET …/result to"
            + " the last digit — total, per module, per object (own and subtree), whether it is valid — with the"
            + " findings that name no line in full, the line findings counted per severity and rule, line counts by"
            + " status and the method: a few kilobytes where the full result of 100,000 lines is some 41 MB. Served"
            + " from the compiled project while the stored revision is unchanged (docs/mki.md, What-if edits).")
    @APIResponse(responseCode = "200", description = "the summary", content = @Content(
            schema = @Schema(implementation = MkiResultSummary.class)))
    public MkiResultSummary resultSummary(@PathParam("id") String id) {
        return calculation.summary(projects.compiled(id));
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "Export the complete document", description = "Cards embedded and the plugins and"
            + " versions that calculate it named under \"method\"; POST it to /api/mki/calculate to get the same"
            + " result to the last digit. Byte-stable: an unchanged project exports the same bytes; exportedFrom.updatedAt"
            + " (and the Last-Modified header) is the project's last change, not the time of the request.")
    @APIResponse(responseCode = "200", description = "the document", content = @Content(
            schema = @Schema(type = SchemaType.OBJECT)))
    public Response export(@PathParam("id") String id) {
        MkiProjectEntity e = projects.get(id);
        JsonObject doc = MkiProjects.json(e);
        MkiResult r = calculation.calculate(ProjectDocumentReader.readStored(doc));
        var method = Json.createObjectBuilder().add("protocol", r.method().protocol());
        var plugins = Json.createArrayBuilder();
        r.method().plugins().forEach(p -> plugins.add(Json.createObjectBuilder().add("id", p.id())
                .add("version", p.version())));
        method.add("plugins", plugins);
        var b = Json.createObjectBuilder(doc).add("method", method)
                // the project's last change, not the time of the call: an unchanged project exports the same bytes
                .add("exportedFrom", Json.createObjectBuilder().add("project", e.id()).add("revision", e.revision())
                        .add("updatedAt", e.updatedAt().toString()));
        if (e.illustrative()) {
            b.add("illustrative", true);
        }
        return Response.ok(b.build(), MediaType.APPLICATION_JSON).lastModified(Date.from(e.updatedAt())).build();
    }

    @POST
    @Path("{id}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a line", description = "A line of docs/mki.md; a card not embedded yet is taken from the"
            + " library version the project names (nmdVersion)." + WRITERS_NOTE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MkiBodies.Line.class)))
    @APIResponse(responseCode = "201", description = "added", content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "400", description = "the line is not valid (the field is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "a line with this id exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public Response addLine(@PathParam("id") String id, String body) {
        JsonObject line = JsonInput.object(JsonInput.parse(body), "line");
        View v = view(projects.addLine(id, line, user()));
        return Response.created(URI.create("mki/projects/" + id + "/lines/" + line.getString("id"))).entity(v).build();
    }

    @GET
    @Path("{id}/lines/{lineId}")
    @PermitAll
    @Operation(summary = "Read one line of a project (the Location of an added line)")
    @APIResponse(responseCode = "200", description = "the line", content = @Content(
            schema = @Schema(implementation = MkiBodies.Line.class)))
    public JsonObject line(@PathParam("id") String id, @PathParam("lineId") String lineId) {
        return member(id, "lines", lineId, "Line");
    }

    @PATCH
    @Path("{id}/lines/{lineId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a line", description = "JSON merge patch (RFC 7396), e.g. a new quantity. A patch of"
            + " the quantity alone is a what-if edit: the compiled project is recalculated for that line and the"
            + " project hooks, and the change is stored without rewriting the document (docs/mki.md, What-if"
            + " edits). With Prefer: return=minimal (RFC 7240) the answer is 204 with the new ETag and no body; GET"
            + " …/result/summary then gives the new total." + WRITERS_NOTE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MkiBodies.LinePatch.class)))
    @APIResponse(responseCode = "200", description = "changed", content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "204", description = "changed, answered as Prefer: return=minimal asked: the new ETag,"
            + " no body")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    @Parameter(name = "Prefer", in = ParameterIn.HEADER, description = "return=minimal: answer 204 without the"
            + " document (RFC 7240)", schema = @Schema(type = SchemaType.STRING, enumeration = "return=minimal"))
    public Response changeLine(@PathParam("id") String id, @PathParam("lineId") String lineId,
                               @HeaderParam("Prefer") String prefer, String body) {
        MkiProjects.LineChange c = projects.changeLine(new LineRef(id, lineId), JsonInput.object(JsonInput.parse(body), ""), user());
        if (prefer != null && prefer.replace(" ", "").toLowerCase(Locale.ROOT).contains("return=minimal")) {
            long revision = c.entity() != null ? c.entity().revision() : c.head().revision();
            preconditions.current(MkiProjects.entityTag(revision));
            return Response.noContent().header("Preference-Applied", "return=minimal").build();
        }
        return Response.ok(view(c.entity() != null ? c.entity() : projects.get(id))).build();
    }

    @DELETE
    @Path("{id}/lines/{lineId}")
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove a line", description = "Needs a bearer token with role calculator or admin.")
    @APIResponse(responseCode = "200", description = "removed", content = @Content(schema = @Schema(implementation = View.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public View removeLine(@PathParam("id") String id, @PathParam("lineId") String lineId) {
        return view(projects.removeLine(new LineRef(id, lineId), user()));
    }

    @POST
    @Path("{id}/objects")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add an object", description = "An object of the contract's tree (§2.1.2a) or the"
            + " earthwork object beside it (§2.1.2b, \"earthwork\": true)." + WRITERS_NOTE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MkiBodies.ProjectObject.class)))
    @APIResponse(responseCode = "201", description = "added", content = @Content(schema = @Schema(implementation = View.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public Response addObject(@PathParam("id") String id, String body) {
        JsonObject object = JsonInput.object(JsonInput.parse(body), "object");
        View v = view(projects.addObject(id, object, user()));
        return Response.created(URI.create("mki/projects/" + id + "/objects/" + object.getString("id"))).entity(v)
                .build();
    }

    @GET
    @Path("{id}/objects/{objectId}")
    @PermitAll
    @Operation(summary = "Read one object of a project (the Location of an added object)")
    @APIResponse(responseCode = "200", description = "the object", content = @Content(
            schema = @Schema(implementation = MkiBodies.ProjectObject.class)))
    public JsonObject object(@PathParam("id") String id, @PathParam("objectId") String objectId) {
        return member(id, "objects", objectId, "Object");
    }

    /** the line or object of this id in the project's stored document */
    private JsonObject member(String projectId, String list, String memberId, String what) {
        MkiProjectEntity e = projects.get(projectId);
        preconditions.current(MkiProjects.entityTag(e));
        return MkiProjects.json(e).getJsonArray(list).stream().map(JsonValue::asJsonObject)
                .filter(o -> memberId.equals(o.getString("id", null))).findFirst()
                .orElseThrow(() -> DomainException.unknown(what, projectId + "/" + memberId));
    }

    @PATCH
    @Path("{id}/objects/{objectId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change an object", description = "JSON merge patch: name, parent, earthwork." + WRITERS_NOTE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MkiBodies.ObjectPatch.class)))
    @APIResponse(responseCode = "200", description = "changed", content = @Content(schema = @Schema(implementation = View.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public View changeObject(@PathParam("id") String id, @PathParam("objectId") String objectId, String body) {
        return view(projects.changeObject(new ObjectRef(id, objectId), JsonInput.object(JsonInput.parse(body), ""), user()));
    }

    @DELETE
    @Path("{id}/objects/{objectId}")
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove an object", description = "Refused (409) while lines or objects refer to it."
            + WRITERS_NOTE)
    @APIResponse(responseCode = "200", description = "removed", content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "still in use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public View removeObject(@PathParam("id") String id, @PathParam("objectId") String objectId) {
        return view(projects.removeObject(new ObjectRef(id, objectId), user()));
    }

    @POST
    @Path("{id}/variants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Copy the project as a variant", description = "Body {\"label\": …}. Variants of a"
            + " variant belong to the same original." + WRITERS_NOTE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MkiBodies.VariantRequest.class)))
    @APIResponse(responseCode = "201", description = "the variant", content = @Content(schema = @Schema(implementation = View.class)))
    public Response variant(@PathParam("id") String id, String body) {
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        String label = JsonInput.string(JsonInput.required(o, "label", ""), "label");
        if (label.isBlank() || label.length() > MkiProjectEntity.LABEL_LENGTH) {
            throw DomainException.invalid("label", "label: 1 to " + MkiProjectEntity.LABEL_LENGTH + " characters");
        }
        MkiProjectEntity variant = projects.copyAsVariant(id, label, user());
        return Response.created(URI.create("mki/projects/" + variant.id())).entity(view(variant)).build();
    }

    @GET
    @Path("{id}/variants")
    @Operation(summary = "List the variants of a project")
    @APIResponse(responseCode = "200", description = "variants", content = @Content(
            schema = @Schema(implementation = Summary.class, type = SchemaType.ARRAY)))
    public List<Summary> variants(@PathParam("id") String id,
                                  @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                                  @QueryParam("limit") Integer limit) {
        MkiProjectEntity e = projects.get(id);
        return pageLinks.pageOf(projects.variantsOf(e.variantOf() == null ? e.id() : e.variantOf()), offset, limit)
                .stream()
                .map(MkiProjectResource::summary).toList();
    }

    static ProjectDocument document(MkiProjectEntity e) {
        return ProjectDocumentReader.readStored(MkiProjects.json(e));
    }

    private View view(MkiProjectEntity e) {
        preconditions.current(MkiProjects.entityTag(e));
        return new View(summary(e), MkiProjects.json(e));
    }

    private static Summary summary(MkiProjectEntity e) {
        JsonObject doc = MkiProjects.json(e);
        return new Summary(e.id(), e.name(), e.variantOf(), e.variantLabel(), e.illustrative(), e.revision(),
                e.createdAt(), e.updatedAt(), e.updatedBy(), doc.getJsonArray("lines").size());
    }

    private String user() {
        return security == null || security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    }
}
