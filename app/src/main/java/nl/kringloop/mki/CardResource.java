package nl.kringloop.mki;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import java.util.List;

/** {@code /api/mki/cards}: the product-card library, imported per NMD date-version (RWS-MKI 4.0 §1.4). */
@Path("mki/cards")
@RequestScoped
@Tag(name = "mki-cards")
@Produces(MediaType.APPLICATION_JSON)
public class CardResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CardLibrary library;

    @Inject
    PageLinks pageLinks;

    @Context
    SecurityContext security;

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Import product cards into a library version",
            description = "CSV (',' or ';'), XLSX (first sheet) or JSON. Spreadsheet layout, one card per row:"
                    + " id, name, unit, dataCategory (1, 2, 3, 3a), lifespanYears, representative, source,"
                    + " releasedMaterialCard, then one column per module and indicator named <module>.<indicator>"
                    + " (A1-A3.GWP, D.AP …). Every row is validated; one bad row imports nothing and the 400 lists"
                    + " every bad row.")
    @RequestBody(content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = MkiBodies.Card.class))})
    @APIResponse(responseCode = "201", description = "imported", content = @Content(
            schema = @Schema(implementation = CardLibrary.ImportReport.class)))
    @APIResponse(responseCode = "400", description = "bad rows (every one listed); nothing imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importCards(
            @QueryParam("libraryVersion") @Parameter(required = true, example = "NMD 3.7 (2024-03-01)")
            String libraryVersion,
            @HeaderParam("Content-Type") String contentType, byte[] body) {
        CardLibrary.checkVersion(libraryVersion);
        String format = contentType == null ? "" : contentType.startsWith("text/csv") ? "csv"
                : contentType.startsWith(XLSX) ? "xlsx" : "json";
        List<JsonObject> cards = CardImport.read(format, body, libraryVersion);
        CardLibrary.ImportReport report = library.importCards(libraryVersion, cards,
                security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(report).build();
    }

    @GET
    @Operation(summary = "Search the card library", description = "By text (name or id), library version,"
            + " data category and unit; paged: ?offset (default 0) and ?limit (default 50, at most 500), the whole"
            + " count in X-Total-Count and the pages in RFC 8288 Link headers.")
    @APIResponse(responseCode = "200", description = "matching cards", content = @Content(
            schema = @Schema(implementation = CardLibrary.CardSummary.class, type = SchemaType.ARRAY)))
    public List<CardLibrary.CardSummary> search(@QueryParam("q") String text,
                                                @QueryParam("libraryVersion") String libraryVersion,
                                                @QueryParam("dataCategory") String dataCategory,
                                                @QueryParam("unit") String unit,
                                                @QueryParam("limit") Integer limit,
                                                @QueryParam("offset") Integer offset) {
        Paging page = Paging.of(offset, limit, 50, 500);
        CardLibrary.CardPage found = library.search(text, libraryVersion, dataCategory, unit, page);
        pageLinks.page(page, found.total());
        return found.cards();
    }

    @GET
    @Path("versions")
    @Operation(summary = "List the library versions", description = "Each NMD date-version with its card count.")
    @APIResponse(responseCode = "200", description = "versions", content = @Content(
            schema = @Schema(implementation = CardLibrary.VersionCount.class, type = SchemaType.ARRAY)))
    public List<CardLibrary.VersionCount> versions(
            @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
            @QueryParam("limit") Integer limit) {
        return pageLinks.pageOf(library.versions(), offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Show a card", description = "The card as it embeds into a project document. Name the"
            + " libraryVersion when the id exists in several versions.")
    @APIResponse(responseCode = "200", description = "the card", content = @Content(
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "no such card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject card(@PathParam("id") String id, @QueryParam("libraryVersion") String libraryVersion) {
        String version = libraryVersion;
        if (version == null) {
            List<String> versions = library.versionsOf(id);
            if (versions.size() > 1) {
                throw DomainException.invalid("libraryVersion", "card '" + id + "' exists in " + versions
                        + ": name the libraryVersion");
            }
            version = versions.isEmpty() ? "" : versions.get(0);
        }
        return library.card(version, id).orElseThrow(() -> DomainException.unknown("Card", id));
    }
}
