package nl.kringloop.mki.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

import java.net.URI;

/**
 * {@code /api/mki/projects/{id}/registers}: the registers kept for the MKI reports (RWS-MKI 4.0 §4.2–§4.4, §2.3e,
 * §2.4) — scope-changes, measures, risks, deviations, representativeness, alternative-cards, reference-cards,
 * recommendations, energy and evidence.
 */
@Path("mki/projects/{id}/registers")
@RequestScoped
@Tag(name = "mki-reports")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    static final String REGISTER_DOC = "one of scope-changes (§4.3g, §4.4e: title, description, status"
            + " proposed|agreed|rejected, and its model: variant = a variant project id, or lines (line objects added or"
            + " replaced by id), removeLines (ids), cards (card objects)), measures (§4.2d, §4.3c, §4.4i: title,"
            + " description, improvement (true for an improvement measure), status planned|applied|dropped, model of the"
            + " work WITHOUT the measure), risks (§4.2e, §4.3d: risk, controlMeasure, mkiAtRiskEuro, progress, status"
            + " open|controlled|closed|occurred), deviations (§4.3b, §4.4f: description, section, resolution, status"
            + " open|resolved), representativeness (§4.2c: card, phases, argument, status draft|submitted|accepted),"
            + " alternative-cards (§4.3f: product, card, argument, status proposed|accepted|rejected), reference-cards"
            + " (§4.4d: card (category 1), referenceCard (category 3), explanation, status draft|final), recommendations"
            + " (§4.4k: text, status draft|final), energy (§4.4j: description, yearlyConsumptionKwh,"
            + " yearlyGenerationKwh, substantiation, status estimated|measured), evidence (§4.3e, §4.4c, §2.3e, §2.4:"
            + " kind lca-report|verification-report|delivery-note|fuel-registration|inspector-report|adjusted-lca-report"
            + "|as-built-checklist|other, title, sha256 or contentBase64, handedOverOn, cards, lines, verifier,"
            + " reference, status handed-over|accepted|rejected|pending). Every entry may give date (YYYY-MM-DD, default"
            + " today); id and author are set by the register.";
    static final String ENTRY = """
            {"id": "SC-1", "date": "2026-04-01", "author": "Calculator", "status": "agreed",
             "title": "Extra geluidsscherm", "lines": [{"id": "L5", "object": "o1", "card": "c-beton",
             "quantity": 20, "unit": "m3", "flow": "entering"}]}""";

    @Inject
    PageLinks pageLinks;

    @Inject
    MkiReporting reporting;

    /** A register entry: the fields of its register, plus these. */
    @Schema(name = "MkiRegisterEntry", description = REGISTER_DOC)
    public record Entry(@Schema(example = "SC-1") String id, @Schema(example = "2026-04-01") String date, String author,
                        String status,
                        @Schema(description = "scope changes and measures only: computed, never typed in")
                        Double mkiEffectEuro) {
    }

    @GET
    @Operation(summary = "Show every register", description = "Register name → entries; scope changes and measures"
            + " with their model (the variant resolved to line changes) and mkiEffectEuro computed as the work now"
            + " stands (a scope change: forecast with it − without it; a measure: forecast − forecast without it).")
    @APIResponse(responseCode = "200", description = "the registers", content = @Content(
            schema = @Schema(type = SchemaType.OBJECT, description = "register name → array of MkiRegisterEntry")))
    public JsonObject all(@PathParam("id") String id) {
        return reporting.registers(id);
    }

    @GET
    @Path("{register}")
    @Operation(summary = "Show one register")
    @APIResponse(responseCode = "200", description = "its entries", content = @Content(
            schema = @Schema(implementation = Entry.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "no such register or project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonArray one(@PathParam("id") String id,
                         @PathParam("register") @Parameter(description = REGISTER_DOC) String register,
                         @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                         @QueryParam("limit") Integer limit) {
        Registers.kind(register);
        return Json.createArrayBuilder(pageLinks.pageOf(reporting.registers(id).getJsonArray(register), offset, limit))
                .build();
    }

    @POST
    @Path("{register}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add an entry", description = "Needs role calculator or admin.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Entry.class)))
    @APIResponse(responseCode = "201", description = "added", content = @Content(
            schema = @Schema(implementation = Entry.class)))
    @APIResponse(responseCode = "400", description = "a field is wrong (named), or an MKI effect typed in; nothing"
            + " stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("id") String id, @PathParam("register") String register, String body) {
        JsonObject entry = reporting.addEntry(id, register, JsonInput.object(JsonInput.parse(body), ""));
        return Response.created(URI.create("mki/projects/" + id + "/registers/" + register + "/"
                + entry.getString("id"))).entity(entry).build();
    }

    @GET
    @Path("{register}/{entry}")
    @Operation(summary = "Show one entry of a register")
    @APIResponse(responseCode = "200", description = "the entry", content = @Content(
            schema = @Schema(implementation = Entry.class)))
    @APIResponse(responseCode = "404", description = "no such entry, register or project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject entry(@PathParam("id") String id, @PathParam("register") String register,
                            @PathParam("entry") String entry) {
        return reporting.entry(new EntryRef(id, register, entry));
    }

    @PUT
    @Path("{register}/{entry}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace an entry", description = "Issued reports keep their copy. Needs role calculator or"
            + " admin.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Entry.class)))
    @APIResponse(responseCode = "200", description = "replaced", content = @Content(
            schema = @Schema(implementation = Entry.class)))
    @APIResponse(responseCode = "404", description = "no such entry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject replace(@PathParam("id") String id, @PathParam("register") String register,
                              @PathParam("entry") String entry, String body) {
        return reporting.replaceEntry(new EntryRef(id, register, entry), JsonInput.object(JsonInput.parse(body), ""));
    }

    @DELETE
    @Path("{register}/{entry}")
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove an entry", description = "Issued reports keep their copy. Needs role calculator or"
            + " admin.")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no such entry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("id") String id, @PathParam("register") String register,
                           @PathParam("entry") String entry) {
        reporting.deleteEntry(new EntryRef(id, register, entry));
        return Response.noContent().build();
    }
}
