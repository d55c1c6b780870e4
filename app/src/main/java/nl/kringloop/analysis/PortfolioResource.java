package nl.kringloop.analysis;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.kringloop.platform.Caller;
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
import java.time.Instant;
import java.util.List;

/**
 * {@code /api/portfolios}: named sets of passport versions with quantities, their analyses (Leidraad circulair
 * productpaspoort §3.2) and their Circular Due Diligence report.
 */
@Path("portfolios")
@RequestScoped
@Tag(name = "analyses")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {

    static final String BODY_EXAMPLE = """
            {"name": "State ICT hardware 2026", "public": false,
             "items": [{"passport": "9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96", "quantity": 30000},
                       {"passport": "5e0b2a77-1c4d-4f3e-8a90-3d6b7c2e1f05", "version": 2, "quantity": 5000}]}""";
    static final String BAD_ITEM_EXAMPLE = """
            {"type": "https://kringloop.nl/problems/invalid-field", "title": "Invalid field", "status": 400,
             "detail": "items[1].quantity: a finite number > 0, got -5.0", "field": "items[1].quantity"}""";

    @Inject
    PageLinks pageLinks;

    @Inject
    PortfolioService portfolios;

    @Inject
    AnalysisService analyses;

    @Inject
    Caller caller;

    @Schema(name = "Portfolio")
    public record PortfolioView(String id, String organisationId, String name,
                                @JsonbProperty("public")
                                @Schema(name = "public", description = "readable by anyone when true") boolean isPublic,
                                int itemCount, List<PortfolioItem> items, Instant createdAt, Instant updatedAt) {
        static PortfolioView of(Portfolio p, boolean withItems) {
            return new PortfolioView(p.id(), p.organisationId(), p.name(), p.publicVisible(), p.itemCount(),
                    withItems ? PortfolioItem.parse(p.itemsJson()) : null, p.createdAt(), p.updatedAt());
        }
    }

    @POST
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a portfolio (submitter for the own organisation; administrator with organisationId)",
            description = "Items: passport id, optional published version (absent = the latest at each analysis),"
                    + " quantity (finite, > 0). At most 100,000 items (413). Every passport must have the published"
                    + " version named (404 naming the item).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnalysisBodies.PortfolioRequest.class)))
    @APIResponse(responseCode = "201", description = "created", content = @Content(
            schema = @Schema(implementation = PortfolioView.class)))
    @APIResponse(responseCode = "400", description = "a malformed item, e.g. a negative quantity", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "an item's passport or version does not exist or is not published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "more than 100,000 items", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(String body) {
        Portfolio p = portfolios.create(caller, body);
        return Response.created(URI.create("portfolios/" + p.id())).entity(PortfolioView.of(p, true)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List the portfolios the caller may read (public ones, the own organisation's)")
    @APIResponse(responseCode = "200", description = "portfolios without their items", content = @Content(
            schema = @Schema(implementation = PortfolioView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "a rejected API token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PortfolioView> list(@QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return pageLinks.pageOf(portfolios.visible(caller), offset, limit).stream().map(p -> PortfolioView.of(p, false))
                .toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Read a portfolio (public ones by anyone; private ones by the owner and the administrator)")
    @APIResponse(responseCode = "200", description = "the portfolio", content = @Content(
            schema = @Schema(implementation = PortfolioView.class)))
    @APIResponse(responseCode = "403", description = "private, another organisation's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such portfolio", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PortfolioView read(@PathParam("id") String id) {
        return PortfolioView.of(portfolios.readable(caller, id), true);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a portfolio's name, visibility and items (owner's submitters, administrator)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnalysisBodies.PortfolioRequest.class)))
    @APIResponse(responseCode = "200", description = "the portfolio", content = @Content(
            schema = @Schema(implementation = PortfolioView.class)))
    @APIResponse(responseCode = "403", description = "not the owner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PortfolioView update(@PathParam("id") String id, String body) {
        return PortfolioView.of(portfolios.update(caller, id, body), true);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a portfolio (owner's submitters, administrator); its issued reports stay")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "403", description = "not the owner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id) {
        portfolios.delete(caller, id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/analysis")
    @PermitAll
    @Operation(summary = "The §3.2 analyses over the portfolio, quantity-weighted",
            description = "supplyRisk: a loaded supply-risk list id (default: the newest; 'none' for none);"
                    + " products: at most this many product rows (default 100, 0–10,000).")
    @APIResponse(responseCode = "200", description = "the analysis", content = @Content(
            schema = @Schema(implementation = Analysis.class)))
    @APIResponse(responseCode = "403", description = "private, another organisation's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Analysis analysis(@PathParam("id") String id, @QueryParam("supplyRisk") String supplyRisk,
                             @QueryParam("products") @DefaultValue("100") int products) {
        Portfolio p = portfolios.readable(caller, id);
        List<PortfolioItem> items = PortfolioItem.parse(p.itemsJson());
        return analyses.analyse(subject(p), analyses.resolve(items, "items"), supplyRisk, AnalysisResource.limit(products));
    }

    @GET
    @Path("{id}/due-diligence")
    @PermitAll
    @Operation(summary = "Circular Due Diligence report of the portfolio, as of now (a preview: not issued, not hashed)",
            description = "Compared with the newest issued report of the portfolio. POST issues one.")
    @APIResponse(responseCode = "200", description = "the report", content = @Content(
            schema = @Schema(implementation = DueDiligenceReport.class)))
    @APIResponse(responseCode = "404", description = "no such resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DueDiligenceReport dueDiligence(@PathParam("id") String id, @QueryParam("supplyRisk") String supplyRisk) {
        Portfolio p = portfolios.readable(caller, id);
        return preview(p, supplyRisk);
    }

    @GET
    @Path("{id}/due-diligence.xlsx")
    @PermitAll
    @Produces(AnalysisResource.XLSX)
    @Operation(summary = "The preview report as an XLSX workbook (one sheet per section)")
    @APIResponse(responseCode = "200", description = "the workbook", content = @Content(mediaType = AnalysisResource.XLSX))
    @APIResponse(responseCode = "404", description = "no such resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dueDiligenceXlsx(@PathParam("id") String id, @QueryParam("supplyRisk") String supplyRisk) {
        Portfolio p = portfolios.readable(caller, id);
        return AnalysisResource.file(ReportWorkbook.write(preview(p, supplyRisk)), AnalysisResource.XLSX,
                "due-diligence-" + id + ".xlsx");
    }

    @GET
    @Path("{id}/due-diligence.pdf")
    @PermitAll
    @Produces("application/pdf")
    @Operation(summary = "The preview report as a PDF")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "no such resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dueDiligencePdf(@PathParam("id") String id, @QueryParam("supplyRisk") String supplyRisk) {
        Portfolio p = portfolios.readable(caller, id);
        return AnalysisResource.file(ReportPdf.write(preview(p, supplyRisk)), "application/pdf", "due-diligence-" + id + ".pdf");
    }

    @POST
    @Path("{id}/due-diligence")
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Issue the portfolio's Circular Due Diligence report (owner's submitters, administrator)",
            description = "Numbered per portfolio, immutable, with the SHA-256 of its canonical JSON; JSON, XLSX and PDF"
                    + " are rendered before it is stored, and served as issued from /api/analyses/due-diligence/{reportId}.")
    @APIResponse(responseCode = "201", description = "the issued report", content = @Content(
            schema = @Schema(implementation = DueDiligenceReport.class)))
    @APIResponse(responseCode = "403", description = "not the owner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@PathParam("id") String id, @QueryParam("supplyRisk") String supplyRisk) {
        Portfolio p = portfolios.readable(caller, id);
        PortfolioService.requireEditor(caller, p);
        IssuedReport r = analyses.issue(caller, title(p), subject(p), p.organisationId(), p.publicVisible(),
                analyses.resolve(PortfolioItem.parse(p.itemsJson()), "items"), supplyRisk);
        return Response.created(URI.create("analyses/due-diligence/" + r.id()))
                .entity(r.reportJson()).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/due-diligence/reports")
    @PermitAll
    @Operation(summary = "The issued reports of the portfolio, oldest first")
    @APIResponse(responseCode = "200", description = "issued reports", content = @Content(
            schema = @Schema(implementation = AnalysisResource.IssuedInfo.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "no such resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AnalysisResource.IssuedInfo> issued(@PathParam("id") String id,
            @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
            @QueryParam("limit") Integer limit) {
        portfolios.readable(caller, id);
        return pageLinks.pageOf(analyses.issuedFor("portfolio", id), offset, limit).stream()
                .map(AnalysisResource.IssuedInfo::of).toList();
    }

    private DueDiligenceReport preview(Portfolio p, String supplyRisk) {
        return analyses.preview(title(p), subject(p), p.organisationId(),
                analyses.resolve(PortfolioItem.parse(p.itemsJson()), "items"), supplyRisk);
    }

    private static String title(Portfolio p) {
        return "Circular Due Diligence: " + p.name();
    }

    private static PortfolioAnalysis.Subject subject(Portfolio p) {
        return new PortfolioAnalysis.Subject("portfolio", p.id(), p.name(), p.itemCount());
    }

}
