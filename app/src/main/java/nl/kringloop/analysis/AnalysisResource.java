package nl.kringloop.analysis;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.kringloop.organisation.Organisation;
import nl.kringloop.passport.CanonicalJson;
import nl.kringloop.platform.Audit;
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

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/analyses}: the §3.2 analyses over an ad-hoc portfolio, an organisation's or a product group's
 * published passports, or the whole register; side-by-side comparison; organisation due-diligence reports; issued
 * reports; supply-risk lists.
 */
@Path("analyses")
@RequestScoped
@Tag(name = "analyses")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String UNAUTHORIZED_EXAMPLE = """
            {"type": "https://kringloop.nl/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "The API token is not valid"}""";
    static final String PROBLEM_EXAMPLE = """
            {"type": "https://kringloop.nl/problems/not-found", "title": "Not found", "status": 404,
             "detail": "items[3].passport: passport '9c2f7e14-0000-0000-0000-000000000000' does not exist",
             "field": "items[3].passport"}""";

    @Inject
    PageLinks pageLinks;

    @Inject
    AnalysisService analyses;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Schema(name = "IssuedDueDiligenceReport")
    public record IssuedInfo(String reportId, String subjectKind, String subjectId, int number, Instant issuedAt,
                             String contentSha256, String json, String xlsx, String pdf) {
        static IssuedInfo of(IssuedReport r) {
            String base = "/api/analyses/due-diligence/" + r.id();
            return new IssuedInfo(r.id(), r.subjectKind(), r.subjectId(), r.number(), r.issuedAt(), r.sha256(), base,
                    base + ".xlsx", base + ".pdf");
        }
    }

    @Schema(name = "SideBySide", description = "two or more passport versions on every analysis")
    public record SideBySide(List<Analysis> products, List<Row> figures) {
        @Schema(name = "SideBySideRow")
        public record Row(String figure, String unit, List<Double> values) {
        }
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse an ad-hoc portfolio: items inline, nothing stored (public: published data only)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnalysisBodies.AdHocRequest.class)))
    @APIResponse(responseCode = "200", description = "the analysis", content = @Content(
            schema = @Schema(implementation = Analysis.class)))
    @APIResponse(responseCode = "400", description = "a malformed item", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "an item's passport or version is unknown", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "more than 100,000 items", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Analysis adHoc(String body, @QueryParam("supplyRisk") String supplyRisk,
                          @QueryParam("products") @DefaultValue("100") int products) {
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        List<PortfolioItem> items = PortfolioItem.read(JsonInput.required(o, "items", ""), "items");
        String name = JsonInput.optional(o, "name").map(v -> JsonInput.string(v, "name")).orElse(null);
        return analyses.analyse(new PortfolioAnalysis.Subject("ad-hoc", null, name, items.size()),
                analyses.resolve(items, "items"), supplyRisk, limit(products));
    }

    @GET
    @Path("register")
    @PermitAll
    @Operation(summary = "Analyse the whole register: the latest published version of every passport, one unit each")
    @APIResponse(responseCode = "200", description = "the analysis", content = @Content(
            schema = @Schema(implementation = Analysis.class)))
    @APIResponse(responseCode = "401", description = "a rejected API token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Analysis register(@QueryParam("supplyRisk") String supplyRisk,
                             @QueryParam("products") @DefaultValue("100") int products) {
        var h = analyses.implicit(f -> true);
        return analyses.analyse(new PortfolioAnalysis.Subject("register", null, "all published passports", h.size()), h,
                supplyRisk, limit(products));
    }

    @GET
    @Path("organisations/{id}")
    @PermitAll
    @Operation(summary = "Analyse an organisation's published passports (latest versions, one unit each)")
    @APIResponse(responseCode = "200", description = "the analysis", content = @Content(
            schema = @Schema(implementation = Analysis.class)))
    @APIResponse(responseCode = "404", description = "no such organisation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Analysis organisation(@PathParam("id") String id, @QueryParam("supplyRisk") String supplyRisk,
                                 @QueryParam("products") @DefaultValue("100") int products) {
        Organisation o = organisationOf(id);
        var h = analyses.implicit(f -> id.equals(f.organisationId()));
        return analyses.analyse(new PortfolioAnalysis.Subject("organisation", id, o.name(), h.size()), h, supplyRisk,
                limit(products));
    }

    @GET
    @Path("product-groups/{group}")
    @PermitAll
    @Operation(summary = "Analyse a product group's published passports (latest versions, one unit each; case-insensitive)")
    @APIResponse(responseCode = "200", description = "the analysis", content = @Content(
            schema = @Schema(implementation = Analysis.class)))
    @APIResponse(responseCode = "404", description = "no such resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Analysis productGroup(@PathParam("group") String group, @QueryParam("supplyRisk") String supplyRisk,
                                 @QueryParam("products") @DefaultValue("100") int products) {
        String g = group.trim().toLowerCase(Locale.ROOT);
        var h = analyses.implicit(f -> f.productGroup() != null && f.productGroup().toLowerCase(Locale.ROOT).equals(g));
        return analyses.analyse(new PortfolioAnalysis.Subject("product-group", group, group, h.size()), h, supplyRisk,
                limit(products));
    }

    @GET
    @Path("compare")
    @PermitAll
    @Operation(summary = "Two or more passports side by side on every analysis",
            description = "passport=ID or ID@n (version n), repeated 2–20 times; one unit each.")
    @APIResponse(responseCode = "200", description = "each analysis, and every key figure as one row",
            content = @Content(schema = @Schema(implementation = SideBySide.class)))
    @APIResponse(responseCode = "400", description = "fewer than 2 or more than 20 passports", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SideBySide compare(@QueryParam("passport") List<String> passports, @QueryParam("supplyRisk") String supplyRisk) {
        if (passports == null || passports.size() < 2 || passports.size() > 20) {
            throw DomainException.invalid("passport", "passport: name 2 to 20 passports (passport=ID or ID@n)");
        }
        List<Analysis> out = new ArrayList<>();
        for (int i = 0; i < passports.size(); i++) {
            String ref = passports.get(i);
            int at = ref.lastIndexOf('@');
            Integer version = null;
            if (at > 0) {
                try {
                    version = Integer.valueOf(ref.substring(at + 1));
                } catch (NumberFormatException e) {
                    throw DomainException.invalid("passport[" + i + "]", "passport[" + i + "]: ID or ID@n, got '" + ref + "'");
                }
            }
            ProductFacts f = analyses.version(at > 0 ? ref.substring(0, at) : ref, version, "passport[" + i + "]");
            out.add(analyses.analyse(new PortfolioAnalysis.Subject("passport", f.key(), f.name(), 1),
                    List.of(new PortfolioAnalysis.Holding(f, 1)), supplyRisk, 1));
        }
        return sideBySide(out);
    }

    static SideBySide sideBySide(List<Analysis> analyses) {
        LinkedHashMap<String, String> units = new LinkedHashMap<>();
        List<Map<String, Double>> values = new ArrayList<>();
        for (Analysis a : analyses) {
            Map<String, Double> m = new HashMap<>();
            for (KeyFigures.Figure f : KeyFigures.of(a)) {
                units.putIfAbsent(f.figure(), f.unit());
                m.put(f.figure(), f.value());
            }
            values.add(m);
        }
        List<SideBySide.Row> rows = new ArrayList<>();
        units.forEach((k, u) -> rows.add(new SideBySide.Row(k, u, values.stream().map(m -> m.get(k)).toList())));
        return new SideBySide(analyses, rows);
    }

    // ---- organisation due diligence

    @GET
    @Path("organisations/{id}/due-diligence")
    @PermitAll
    @Operation(summary = "Circular Due Diligence report of an organisation's published passports (preview)")
    @APIResponse(responseCode = "200", description = "the report", content = @Content(
            schema = @Schema(implementation = DueDiligenceReport.class)))
    @APIResponse(responseCode = "404", description = "no such resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DueDiligenceReport organisationDueDiligence(@PathParam("id") String id, @QueryParam("supplyRisk") String supplyRisk) {
        return organisationPreview(id, supplyRisk);
    }

    @GET
    @Path("organisations/{id}/due-diligence.xlsx")
    @PermitAll
    @Produces(XLSX)
    @Operation(summary = "The organisation's preview report as an XLSX workbook")
    @APIResponse(responseCode = "200", description = "the workbook", content = @Content(mediaType = XLSX))
    @APIResponse(responseCode = "404", description = "no such resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response organisationXlsx(@PathParam("id") String id, @QueryParam("supplyRisk") String supplyRisk) {
        return file(ReportWorkbook.write(organisationPreview(id, supplyRisk)), XLSX, "due-diligence-" + id + ".xlsx");
    }

    @GET
    @Path("organisations/{id}/due-diligence.pdf")
    @PermitAll
    @Produces("application/pdf")
    @Operation(summary = "The organisation's preview report as a PDF")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "no such resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response organisationPdf(@PathParam("id") String id, @QueryParam("supplyRisk") String supplyRisk) {
        return file(ReportPdf.write(organisationPreview(id, supplyRisk)), "application/pdf", "due-diligence-" + id + ".pdf");
    }

    @POST
    @Path("organisations/{id}/due-diligence")
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Issue the organisation's Circular Due Diligence report (its submitters, administrator); public")
    @APIResponse(responseCode = "201", description = "the issued report", content = @Content(
            schema = @Schema(implementation = DueDiligenceReport.class)))
    @APIResponse(responseCode = "403", description = "another organisation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issueOrganisation(@PathParam("id") String id, @QueryParam("supplyRisk") String supplyRisk) {
        Organisation o = organisationOf(id);
        if (!caller.isAdmin() && !caller.isMemberWithRole(id, Roles.SUBMITTER)) {
            throw DomainException.forbidden("Only the organisation's submitters and the administrator issue its report");
        }
        var h = analyses.implicit(f -> id.equals(f.organisationId()));
        IssuedReport r = analyses.issue(caller, "Circular Due Diligence: " + o.name(),
                new PortfolioAnalysis.Subject("organisation", id, o.name(), h.size()), id, true, h, supplyRisk);
        return Response.created(URI.create("analyses/due-diligence/" + r.id())).entity(r.reportJson())
                .type(MediaType.APPLICATION_JSON).build();
    }

    private DueDiligenceReport organisationPreview(String id, String supplyRisk) {
        Organisation o = organisationOf(id);
        var h = analyses.implicit(f -> id.equals(f.organisationId()));
        return analyses.preview("Circular Due Diligence: " + o.name(),
                new PortfolioAnalysis.Subject("organisation", id, o.name(), h.size()), id, h, supplyRisk);
    }

    // ---- issued reports

    @GET
    @Path("due-diligence/{reportId}")
    @PermitAll
    @Operation(summary = "An issued report, exactly as issued (JSON with its contentSha256)")
    @APIResponse(responseCode = "200", description = "the report", content = @Content(
            schema = @Schema(implementation = DueDiligenceReport.class)))
    @APIResponse(responseCode = "404", description = "no such report", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issuedJson(@PathParam("reportId") String id) {
        return Response.ok(readable(id).reportJson(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("due-diligence/{reportId}.xlsx")
    @PermitAll
    @Produces(XLSX)
    @Operation(summary = "An issued report's workbook, as issued")
    @APIResponse(responseCode = "200", description = "the workbook", content = @Content(mediaType = XLSX))
    @APIResponse(responseCode = "404", description = "no such resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issuedXlsx(@PathParam("reportId") String id) {
        IssuedReport r = readable(id);
        return file(r.xlsx(), XLSX, "due-diligence-" + r.subjectId() + "-" + r.number() + ".xlsx");
    }

    @GET
    @Path("due-diligence/{reportId}.pdf")
    @PermitAll
    @Produces("application/pdf")
    @Operation(summary = "An issued report's PDF, as issued")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "no such resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issuedPdf(@PathParam("reportId") String id) {
        IssuedReport r = readable(id);
        return file(r.pdf(), "application/pdf", "due-diligence-" + r.subjectId() + "-" + r.number() + ".pdf");
    }

    private IssuedReport readable(String id) {
        IssuedReport r = analyses.issued(id).orElseThrow(() -> DomainException.unknown("Due-diligence report", id));
        if (!r.publicVisible()) {
            caller.require();
            if (!caller.mayActFor(r.organisationId())) {
                throw DomainException.forbidden("Report " + id + " is private to its organisation");
            }
        }
        return r;
    }

    // ---- supply-risk lists

    @Schema(name = "SupplyRiskListInfo")
    public record SupplyRiskInfo(String id, String title, String source, String publishedOn, int indicators,
                                 Instant importedAt, String contentSha256) {
    }

    @POST
    @Path("supply-risk-lists")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Load a supply-risk list version (administrator; guideline §3.3 condition 9)",
            description = "JSON {id, title, source, publishedOn, indicators: [{material, supplyRisk, economicImportance,"
                    + " source}]}, or CSV with header material,supplyRisk,economicImportance,source and ?id=&title=&source=&publishedOn=."
                    + " A version is immutable: loading an existing id is a 409. Kringloop ships no figures.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupplyRiskList.class)))
    @APIResponse(responseCode = "201", description = "loaded", content = @Content(
            schema = @Schema(implementation = SupplyRiskInfo.class)))
    @APIResponse(responseCode = "400", description = "a row without a figure, a negative figure, a duplicate material",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "that version is loaded already", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response loadSupplyRisk(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                                   @QueryParam("id") String id, @QueryParam("title") String title,
                                   @QueryParam("source") String source, @QueryParam("publishedOn") String publishedOn) {
        SupplyRiskList l = type != null && type.startsWith("text/csv")
                ? SupplyRiskImport.csv(body, id, title, source, publishedOn)
                : SupplyRiskImport.json(JsonInput.parse(body));
        if (em.find(SupplyRiskListEntity.class, l.id()) != null) {
            throw DomainException.conflict("Supply-risk list '" + l.id() + "' is loaded already; a version is immutable");
        }
        String canonical = CanonicalJson.write(SupplyRiskImport.toJson(l));
        SupplyRiskListEntity e = new SupplyRiskListEntity(l.id(), Instant.now(), caller.actorId(),
                CanonicalJson.sha256(canonical), canonical);
        em.persist(e);
        audit.record(caller, "load-supply-risk-list", "supply-risk-list", l.id(), l.indicators().size() + " indicators");
        return Response.created(URI.create("analyses/supply-risk-lists/" + l.id())).entity(info(l, e)).build();
    }

    @GET
    @Path("supply-risk-lists")
    @PermitAll
    @Operation(summary = "The loaded supply-risk lists, newest first (the newest is the analyses' default)")
    @APIResponse(responseCode = "200", description = "lists", content = @Content(
            schema = @Schema(implementation = SupplyRiskInfo.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "a rejected API token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SupplyRiskInfo> supplyRiskLists(
            @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
            @QueryParam("limit") Integer limit) {
        List<SupplyRiskListEntity> all = em.createQuery(
                "select l from SupplyRiskListEntity l order by l.importedAt desc, l.id", SupplyRiskListEntity.class)
                .getResultList();
        return pageLinks.pageOf(all, offset, limit).stream()
                .map(e -> info(SupplyRiskImport.fromStored(e.listJson()), e)).toList();
    }

    @GET
    @Path("supply-risk-lists/{id}")
    @PermitAll
    @Operation(summary = "One supply-risk list with its indicators")
    @APIResponse(responseCode = "200", description = "the list", content = @Content(
            schema = @Schema(implementation = SupplyRiskList.class)))
    @APIResponse(responseCode = "404", description = "not loaded", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplyRiskList supplyRiskList(@PathParam("id") String id) {
        SupplyRiskListEntity e = em.find(SupplyRiskListEntity.class, id);
        if (e == null) {
            throw DomainException.unknown("Supply-risk list", id);
        }
        return SupplyRiskImport.fromStored(e.listJson());
    }

    private static SupplyRiskInfo info(SupplyRiskList l, SupplyRiskListEntity e) {
        return new SupplyRiskInfo(l.id(), l.title(), l.source(), l.publishedOn(), l.indicators().size(), e.importedAt(), e.sha256());
    }

    // ---- shared

    private Organisation organisationOf(String id) {
        Organisation o = em.find(Organisation.class, id);
        if (o == null) {
            throw DomainException.unknown("Organisation", id);
        }
        return o;
    }

    static int limit(int products) {
        if (products < 0 || products > 10_000) {
            throw DomainException.invalid("products", "products: between 0 and 10000 product rows");
        }
        return products;
    }

    static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
