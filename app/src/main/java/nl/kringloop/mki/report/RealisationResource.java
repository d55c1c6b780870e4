package nl.kringloop.mki.report;

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
import jakarta.ws.rs.core.MediaType;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/mki/projects/{id}/realisation}: realised quantity and status per line (RWS-MKI 4.0 §4.3a, §4.1). */
@Path("mki/projects/{id}/realisation")
@RequestScoped
@Tag(name = "mki-reports")
@Produces(MediaType.APPLICATION_JSON)
public class RealisationResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String VIEW = """
            [{"line": "L1", "object": "o1", "card": "c-ac16", "unit": "t", "designQuantity": 100, "restscope": false,
              "realisedQuantity": 60, "status": "in-progress", "appliedOn": "2026-03-02", "monitoring": "quantity"},
             {"line": "L9", "object": "o1", "card": "c-kleine-posten", "unit": "st", "designQuantity": 10,
              "restscope": true, "status": "in-progress", "appliedOn": "2026-03-02", "monitoring": "financial",
              "spentShare": 0.4}]""";

    @Inject
    MkiReporting reporting;

    /** One line of the work with its realisation. */
    @Schema(name = "MkiLineRealisation")
    public record LineView(String line, String object, String card, String unit, double designQuantity,
                           boolean restscope, Double realisedQuantity,
                           @Schema(enumeration = {"planned", "in-progress", "realised", "removed"}) String status,
                           @Schema(description = "the day the line was first applied in the work (§2.3e, §2.4d count"
                                   + " from it)", example = "2026-03-02") String appliedOn,
                           @Schema(enumeration = {"quantity", "financial"}) String monitoring,
                           @Schema(description = "0–1, share of the line's budget spent (financial monitoring of"
                                   + " restscope, §4.1)") Double spentShare) {
    }

    @GET
    @Operation(summary = "Show the realisation", description = "Every line of the work (the design with its agreed"
            + " scope changes): design quantity, realised quantity, status, date applied, monitoring.")
    @APIResponse(responseCode = "200", description = "per line", content = @Content(
            schema = @Schema(implementation = LineView.class, type = SchemaType.ARRAY)))
    public List<JsonObject> show(@PathParam("id") String id) {
        return reporting.realisation(id);
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Update the realisation, one line or many", description = "JSON {\"lines\": [{\"line\","
            + " \"realisedQuantity\", \"status\" (planned|in-progress|realised|removed), \"unit\" (optional, must be the"
            + " line's), \"appliedOn\" (YYYY-MM-DD; today when a line starts without one), \"monitoring\""
            + " (quantity|financial), \"spentShare\" (0–1, financial only, restscope lines only §4.1)}]}; or the same"
            + " columns as CSV (header row) or XLSX — an Annex B workbook of a report is read from its Annex B sheet"
            + " (round trip). All or nothing: any bad row is a 400 naming every bad field. Needs role calculator or"
            + " admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RealisationBodies.Update.class)))
    @APIResponse(responseCode = "200", description = "the realisation after the update", content = @Content(
            schema = @Schema(implementation = LineView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "an unknown line, a negative or non-finite quantity, a unit that is"
            + " not the line's, … (every bad row named); nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<JsonObject> update(@PathParam("id") String id, @HeaderParam("Content-Type") String contentType,
                                   byte[] body) {
        String format = contentType == null ? "json" : contentType.startsWith("text/csv") ? "csv"
                : contentType.startsWith(XLSX) ? "xlsx" : "json";
        return reporting.updateRealisation(id, format, body == null ? new byte[0] : body);
    }
}
