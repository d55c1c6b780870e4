package nl.kringloop.mki.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

import java.net.URI;
import java.util.List;

/**
 * {@code /api/mki/projects/{id}/reports}: the plan of approach, progress reports and final report of RWS-MKI 4.0
 * chapter 4. An issued report is immutable: its JSON, its Annex B workbook and its PDF never change.
 */
@Path("mki/projects/{id}/reports")
@RequestScoped
@Tag(name = "mki-reports")
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String REPORT = """
            {"projectId": "5f0c…", "number": 2, "kind": "progress", "issuedAt": "2026-06-01T10:00:00Z",
             "contentHash": "9f2c…", "initialMkiEuro": 98000.0, "previousForecastMkiEuro": 98000.0,
             "forecastMkiEuro": 101500.0, "realisedMkiEuro": 40200.0, "promisedMkiEuro": 100000.0,
             "exposureEuro": 4500.0, "exposureBasis": "contract award model, not the protocol: …",
             "restscope": {"lines": ["L9"], "financialLines": ["L9"], "mkiEuro": 1200.0, "shareOfForecast": 0.0118,
                           "withinLimit": true},
             "byObject": [{"id": "o1", "name": "Hoofdrijbaan", "forecastMkiEuro": 90000.0, "realisedMkiEuro": 40000.0}],
             "lines": [{"id": "L1", "designQuantity": 100, "forecastQuantity": 100, "realisedQuantity": 60,
                        "status": "in-progress", "mkiEuroPerUnit": 0.625, "forecastMkiEuro": 62.5, "realisedMkiEuro": 37.5}],
             "sections": [{"section": "RWS-MKI 4.0 §4.3d", "title": "…", "provided": false, "summary": "not provided"}],
             "document": {"name": "…", "protocolVersion": "4.0", "lines": []}, "documentHash": "…"}""";

    static final String NOT_FOUND = """
            {"type": "https://kringloop.nl/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Report '5f0c…/7' does not exist"}""";
    static final String IMMUTABLE = """
            {"type": "https://kringloop.nl/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "report 2 is issued and immutable; issue a new report instead"}""";

    @Inject
    PageLinks pageLinks;

    @Inject
    MkiReporting reporting;

    /** The body of an issue request. */
    @Schema(name = "MkiReportRequest")
    public record IssueRequest(@Schema(enumeration = {"plan", "progress", "final"}, required = true) String kind) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Issue a report", description = "plan (§4.2, first and once), progress (§4.3) or final"
            + " (§4.4, last). Freezes the figures, registers, findings and the complete project document of the"
            + " forecast; renders the Annex B workbook and the PDF. A plan or progress report with error findings is"
            + " issued with them; a final report is refused (409, each reason with its rule) while a line is neither"
            + " realised nor removed, a restscope line is monitored financially, or any finding is an error. Needs"
            + " role calculator or admin.")
    @RequestBody(content = @Content(schema = @Schema(implementation = IssueRequest.class)))
    @APIResponse(responseCode = "201", description = "issued", content = @Content(
            schema = @Schema(implementation = IssuedReport.class)))
    @APIResponse(responseCode = "400", description = "kind is not plan, progress or final",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "refused: no plan yet, a second plan, after the final report, or"
            + " a final report on an incomplete or erroneous work (the rule named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@PathParam("id") String id, String body) {
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        String kind = JsonInput.string(JsonInput.required(o, "kind", ""), "kind");
        JsonObject report = reporting.issue(id, kind);
        return Response.created(URI.create("mki/projects/" + id + "/reports/" + report.getInt("number")))
                .entity(report).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the issued reports", description = "In order of issue, with the figures and links.")
    @APIResponse(responseCode = "200", description = "reports", content = @Content(
            schema = @Schema(implementation = IssuedReport.Summary.class, type = SchemaType.ARRAY)))
    public List<IssuedReport.Summary> list(@PathParam("id") String id,
            @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
            @QueryParam("limit") Integer limit) {
        return pageLinks.pageOf(reporting.reports(id), offset, limit);
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Show an issued report", description = "As issued; POST its document to /api/mki/calculate"
            + " to re-run the forecast.")
    @APIResponse(responseCode = "200", description = "the report", content = @Content(
            schema = @Schema(implementation = IssuedReport.class)))
    @APIResponse(responseCode = "404", description = "no such report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject show(@PathParam("id") String id, @PathParam("number") int number) {
        return reporting.report(id, number);
    }

    @GET
    @Path("{number}/annex-b.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The report's Annex B workbook", description = "Editable, with live formulas and a source per"
            + " card; docs/mki-reports.md documents every column. Send it back to …/realisation to update the"
            + " realised quantities.")
    @APIResponse(responseCode = "200", description = "the workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "no such report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response annexB(@PathParam("id") String id, @PathParam("number") int number) {
        return Response.ok(reporting.annexB(id, number), XLSX).header("Content-Disposition",
                "attachment; filename=\"mki-report-" + number + "-annex-b.xlsx\"").build();
    }

    @GET
    @Path("{number}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The report as PDF", description = "Cover with contract data and the three figures against"
            + " the promise, charts, sections, registers, findings by rule, appendix with every card and the document"
            + " hash.")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "no such report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pdf(@PathParam("id") String id, @PathParam("number") int number) {
        return Response.ok(reporting.pdf(id, number), "application/pdf").header("Content-Disposition",
                "inline; filename=\"mki-report-" + number + ".pdf\"").build();
    }

    @PUT
    @Path("{number}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Issued reports cannot be edited", description = "Always 409: issue a new report instead.")
    @APIResponse(responseCode = "409", description = "an issued report is immutable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("id") String id, @PathParam("number") int number) {
        throw immutable(id, number);
    }

    @PATCH
    @Path("{number}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Issued reports cannot be edited", description = "Always 409: issue a new report instead.")
    @APIResponse(responseCode = "409", description = "an issued report is immutable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") String id, @PathParam("number") int number) {
        throw immutable(id, number);
    }

    @DELETE
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Issued reports cannot be deleted", description = "Always 409.")
    @APIResponse(responseCode = "409", description = "an issued report is immutable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id, @PathParam("number") int number) {
        throw immutable(id, number);
    }

    private DomainException immutable(String id, int number) {
        reporting.report(id, number); // 404 for a report that does not exist
        return DomainException.conflict("report " + number + " is issued and immutable; issue a new report instead");
    }
}
