package nl.kringloop.passport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.kringloop.circularity.CircularityResource;
import nl.kringloop.circularity.CircularityService;
import nl.kringloop.platform.DomainException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.Preconditions;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.PageLinks;
import nl.kringloop.platform.Paging;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.ProblemException;
import nl.kringloop.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/passports}: the public register of circular product passports (docs/passport-register.md). Anyone reads published
 * versions and searches (condition 18); only the organisation's submitters write its passports (condition 5);
 * drafts, feedback and the audit trail are for the organisation and the governance administrator.
 */
@Path("passports")
@RequestScoped
@Tag(name = "passports")
@Produces(MediaType.APPLICATION_JSON)
public class PassportResource {

    static final String DOCUMENT_EXAMPLE = """
            {"product": {"id": "urn:gtin:08712345678906", "name": "Laptop 14", "model": "L14-2025",
                         "manufacturer": "Voorbeeld Computers B.V.", "productGroup": "ICT hardware"},
             "massGram": 1850,
             "values": {
               "A1.1": [{"material": "aluminium", "cas": "7429-90-5", "massGram": 420, "method": "scale",
                         "evidence": [{"ref": "doc:bom-2025-03.pdf"}], "dataQuality": "measured"},
                        {"material": "cobalt", "cas": "7440-48-4", "massGram": 12, "method": "scale"}],
               "A1.2": [{"material": "aluminium", "massGram": 200, "percent": 10.8}],
               "A2.1": [{"material": "aluminium", "massGram": 380}],
               "B1": {"productionGram": 250000, "transportGram": 10000, "useGram": 120000, "recyclingGram": 20000,
                      "serviceLifeYears": 5, "method": "PEF EF 3.1"},
               "C1.1": {"years": 6}, "C1.2": {"years": 2}, "C1.3": {"years": 7}, "C1.4": {"years": 5},
               "C2.1": {"text": "battery and SSD reusable", "percent": 30}, "C3.1": {"text": "same grade"},
               "C4.1": {"text": "none yet"}}}""";

    static final String PASSPORT_EXAMPLE = """
            {"id": "9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96", "organisationId": "3b9d6c1e-7f2a-4d8b-9c41-0e5a2f7b6d13",
             "organisationName": "Voorbeeld Computers B.V.", "version": 2, "status": "published",
             "latestPublishedVersion": 2, "publishedAt": "2025-06-02T14:20:00Z", "publishedBy": "Anna de Vries",
             "contentSha256": "4f9a1c0e7b2d5a8f3e6c9b1d4a7f0e2c5b8d1a4f7e0c3b6d9a2f5e8c1b4d7a0e",
             "document": {"product": {"id": "urn:gtin:08712345678906", "name": "Laptop 14", "model": "L14-2025",
                                      "manufacturer": "Voorbeeld Computers B.V.", "productGroup": "ICT hardware"},
                          "massGram": 1850, "guidelineVersion": "2025-1",
                          "referenceLists": {"crm": "eu-crm-2023", "zzs": "zzs-demo-2025-01"},
                          "values": {"A1.1": [{"material": "aluminium", "cas": "7429-90-5", "massGram": 420, "method": "scale"},
                                              {"material": "cobalt", "cas": "7440-48-4", "massGram": 12, "method": "scale"}],
                                     "A1.2": [{"material": "aluminium", "massGram": 200, "percent": 10.8}],
                                     "A2.1": [{"material": "aluminium", "massGram": 380}],
                                     "B1": {"productionGram": 250000, "transportGram": 10000, "useGram": 120000,
                                            "recyclingGram": 20000, "serviceLifeYears": 5, "method": "PEF EF 3.1"},
                                     "C1.1": {"years": 6}}},
             "derived": {"crmList": "eu-crm-2023", "zzsList": "zzs-demo-2025-01", "productMassGram": 1850.0,
                         "materialsMassGram": 432.0,
                         "recycled": [{"material": "aluminium", "massGram": 200.0, "percent": 10.81081081081081}],
                         "recycledPercentOfProduct": 10.81081081081081,
                         "criticalRawMaterials": [
                           {"material": "aluminium", "cas": "7429-90-5", "massGram": 420.0, "crm": "bauxite/alumina/aluminium",
                            "matchedBy": "cas", "gramPerYearOfUse": 70.0},
                           {"material": "cobalt", "cas": "7440-48-4", "massGram": 12.0, "crm": "cobalt",
                            "matchedBy": "cas", "gramPerYearOfUse": 2.0}],
                         "criticalMassGram": 432.0, "substancesOfVeryHighConcern": [],
                         "recovered": [{"material": "aluminium", "massGram": 380.0, "percent": 90.47619047619048}],
                         "recoveredCritical": [],
                         "ghg": {"productionGram": 250000.0, "transportGram": 10000.0, "useGram": 120000.0,
                                 "recyclingGram": 20000.0, "totalGram": 400000.0, "productionPercent": 62.5,
                                 "transportPercent": 2.5, "usePercent": 30.0, "recyclingPercent": 5.0,
                                 "lifetimeYears": 6.0, "gramPerYearOfUse": 66666.66666666667},
                         "findings": [{"severity": "info", "rule": "CPP guideline A1.4", "field": "referenceLists.zzs",
                                       "message": "ZZS list zzs-demo-2025-01 is a demo excerpt: this passport is not checked against the real RIVM list"},
                                      {"severity": "warning", "rule": "CPP guideline §3.3 condition 7", "subject": "A1.2",
                                       "field": "values.A1.2",
                                       "message": "1 of 1 values of A1.2 carry no method (e.g. \\"scale\\"); every value must carry its methodology"}]},
             "findings": [{"severity": "info", "rule": "CPP guideline A1.4", "field": "referenceLists.zzs",
                                       "message": "ZZS list zzs-demo-2025-01 is a demo excerpt: this passport is not checked against the real RIVM list"},
                          {"severity": "warning", "rule": "CPP guideline §3.3 condition 7", "subject": "A1.2",
                           "field": "values.A1.2",
                           "message": "1 of 1 values of A1.2 carry no method (e.g. \\"scale\\"); every value must carry its methodology"}]}""";
    static final String DRAFT_EXAMPLE = """
            {"id": "9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96", "organisationId": "3b9d6c1e-7f2a-4d8b-9c41-0e5a2f7b6d13",
             "organisationName": "Voorbeeld Computers B.V.", "version": 3, "status": "draft",
             "latestPublishedVersion": 2, "draftVersion": 3, "updatedAt": "2025-09-10T11:05:00Z",
             "document": {"product": {"id": "urn:gtin:08712345678906", "name": "Laptop 14", "model": "L14-2025",
                                      "manufacturer": "Voorbeeld Computers B.V.", "productGroup": "ICT hardware"},
                          "massGram": 1850, "guidelineVersion": "2025-1",
                          "referenceLists": {"crm": "eu-crm-2023", "zzs": "zzs-demo-2025-01"},
                          "values": {"A1.1": [{"material": "aluminium", "cas": "7429-90-5", "massGram": 420, "method": "scale"}],
                                     "C1.1": {"years": 6}, "C1.2": {"years": 3}}},
             "derived": {"crmList": "eu-crm-2023", "zzsList": "zzs-demo-2025-01", "productMassGram": 1850.0,
                         "materialsMassGram": 420.0, "recycled": [], "recycledPercentOfProduct": 0.0,
                         "criticalRawMaterials": [{"material": "aluminium", "cas": "7429-90-5", "massGram": 420.0,
                                                   "crm": "bauxite/alumina/aluminium", "matchedBy": "cas",
                                                   "gramPerYearOfUse": 70.0}],
                         "criticalMassGram": 420.0, "substancesOfVeryHighConcern": [], "recovered": [],
                         "recoveredCritical": [],
                         "findings": [{"severity": "info", "rule": "CPP guideline A1.4", "field": "referenceLists.zzs",
                                       "message": "ZZS list zzs-demo-2025-01 is a demo excerpt: this passport is not checked against the real RIVM list"}]},
             "findings": [{"severity": "info", "rule": "CPP guideline A1.4", "field": "referenceLists.zzs",
                                       "message": "ZZS list zzs-demo-2025-01 is a demo excerpt: this passport is not checked against the real RIVM list"}]}""";
    static final String PASSPORT_NOT_FOUND_EXAMPLE = """
            {"type": "https://kringloop.nl/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Passport '9c2f7e14-0000-0000-0000-000000000000' does not exist"}""";
    static final String NOT_SUBMITTER_EXAMPLE = """
            {"type": "https://kringloop.nl/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Only submitters of the passport's organisation may change it"}""";
    static final String OTHER_ORGANISATION_EXAMPLE = """
            {"type": "https://kringloop.nl/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "This passport belongs to another organisation"}""";
    static final String FEEDBACK_EXAMPLE = """
            {"id": "d4a1e7c9-6b2f-4083-9e5d-1c7b3f0a8e62", "passportId": "9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96",
             "version": 1, "code": "A1.1", "text": "A1.1 lists no copper, yet the product has a copper heat pipe",
             "authorName": "Inkoper Rijksoverheid", "authorContact": "inkoop@example.nl", "status": "open",
             "createdAt": "2025-06-20T08:12:00Z"}""";

    @Inject
    PassportService service;

    @Inject
    PassportSearch register;

    @Inject
    PassportViewAssembler views;

    @Inject
    PassportAccess access;

    @Inject
    CircularityService circularity;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    PageLinks links;

    @Inject
    PublishedVersions published;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(summary = "Search published passports (public)",
            description = "Filters combine with AND, answered from an index. text: words (cut at anything but a"
                    + " letter or digit, case and accents aside), each the start of a word of the name, model,"
                    + " manufacturer, product id or group ('lap 14' finds 'Laptop 14', 'top' does not);"
                    + " productGroup: exact (case-insensitive); manufacturer: words, each the start of a word of the"
                    + " manufacturer; material: an A1.1 material name"
                    + " or CAS; crm: a critical raw material (list item, member or material, e.g. 'cobalt',"
                    + " 'platinum group metals', 'palladium') or 'any'; zzs: a ZZS CAS number or substance, or 'any'.")
    @APIResponse(responseCode = "200", description = "a page of published passports, newest first", content = @Content(
            schema = @Schema(implementation = PassportViews.SearchResult.class),
            examples = @ExampleObject(name = "crm=cobalt", value = """
                    {"items": [{"id": "9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96",
                                "organisationId": "3b9d6c1e-7f2a-4d8b-9c41-0e5a2f7b6d13",
                                "productId": "urn:gtin:08712345678906", "name": "Laptop 14",
                                "manufacturer": "Voorbeeld Computers B.V.", "productGroup": "ICT hardware",
                                "latestPublishedVersion": 2, "publishedAt": "2025-06-02T14:20:00Z"}],
                     "offset": 0, "limit": 20, "total": 1}""")))
    @APIResponse(responseCode = "400", description = "limit outside 1–100 or a negative offset", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad limit", value = """
                    {"type": "https://kringloop.nl/problems/invalid-field", "title": "Invalid field", "status": 400,
                     "detail": "limit: between 1 and 100", "field": "limit"}""")))
    public PassportViews.SearchResult search(@QueryParam("text") String text,
                                             @QueryParam("productGroup") String productGroup,
                                             @QueryParam("manufacturer") String manufacturer,
                                             @QueryParam("material") String material,
                                             @QueryParam("crm") @Parameter(example = "cobalt") String crm,
                                             @QueryParam("zzs") @Parameter(example = "7439-92-1") String zzs,
                                             @QueryParam("offset") @Parameter(description = "paginated: ?offset"
                                                     + " (default 0) and ?limit (default 20, at most 100); X-Total-Count"
                                                     + " and Link (RFC 8288) as on every list") Integer offset,
                                             @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(offset, limit, 20, 100);
        PassportSearch.Filters filters = new PassportSearch.Filters(text, productGroup, manufacturer, material, crm, zzs);
        long total = register.count(filters);
        List<PassportViews.Summary> items = register.search(filters, page).stream().map(p -> new PassportViews.Summary(
                p.id(), p.organisationId(), p.productId(), p.name(), p.manufacturer(), p.productGroup(),
                p.latestVersion(), p.publishedAt())).toList();
        links.page(page, total);
        return new PassportViews.SearchResult(items, page.offset(), page.limit(), total,
                page.offset() + page.limit() < total ? page.offset() + page.limit() : null);
    }

    @POST
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a passport as draft version 1 (submitter)",
            description = "For the submitter's own organisation. The document is validated (400 naming the field);"
                    + " guidelineVersion and referenceLists default to the newest and are written into it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PassportBodies.Document.class),
            examples = @ExampleObject(name = "passport", value = DOCUMENT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "the draft", content = @Content(
            schema = @Schema(implementation = PassportViews.PassportView.class),
            examples = @ExampleObject(name = "draft", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "malformed or inconsistent: negative mass, percentage over 100,"
            + " unknown code, bad CAS check digit, recycled mass over the material's mass",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad CAS", value = """
                            {"type": "https://kringloop.nl/problems/invalid-field", "title": "Invalid field", "status": 400,
                             "detail": "values.A1.1[0].cas: '7429-90-4' is not a CAS number with a valid check digit",
                             "field": "values.A1.1[0].cas"}""")))
    public Response create(String body) {
        Passport p = service.create(caller, JsonInput.parse(body));
        return Response.created(URI.create("passports/" + p.id())).entity(views.draft(p)).build();
    }

    /** at most this many documents per import request: one transaction must stay small enough for the database */
    static final int IMPORT_MAX = 1000;

    @Schema(name = "PassportImportResult")
    public record ImportResult(int count, boolean published, List<String> ids) {
    }

    /**
     * 201 with a Location that answers GET: the passport when one was imported, else the organisation's passports
     * (GET /api/passports/mine), where the imported ones are the newest.
     */
    private static Response imported(List<String> ids, boolean publish) {
        URI location = URI.create(ids.size() == 1 ? "passports/" + ids.get(0) : "passports/mine");
        return Response.created(location).entity(new ImportResult(ids.size(), publish, ids)).build();
    }

    static final String IMPORT_LOCATION = "the imported passport when there is one, else GET /api/passports/mine"
            + " (the organisation's passports, newest first)";

    @POST
    @Path("import")
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Import many passports at once (submitter)",
            description = "Body: a JSON array of up to 1000 passport documents for the submitter's organisation."
                    + " All or nothing: one invalid document refuses the request with 400 naming '[i].field'."
                    + " ?publish=true publishes each as version 1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PassportBodies.Document.class, minItems = 1,
                    maxItems = IMPORT_MAX)))
    @APIResponse(responseCode = "201", description = "imported", headers = @Header(name = "Location",
            description = IMPORT_LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(
            schema = @Schema(implementation = ImportResult.class),
            examples = @ExampleObject(name = "two published", value = """
                    {"count": 2, "published": true,
                     "ids": ["9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96", "1e8b4d27-c5f3-4a9e-8d60-2b7f9c1a3e45"]}""")))
    @APIResponse(responseCode = "400", description = "an invalid document; nothing was imported", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad document", value = """
                    {"type": "https://kringloop.nl/problems/invalid-field", "title": "Invalid field", "status": 400,
                     "detail": "[1].massGram: must not be negative, got -1850", "field": "[1].massGram"}""")))
    public Response importMany(@QueryParam("publish") @DefaultValue("false") boolean publish, String body) {
        jakarta.json.JsonArray docs = JsonInput.array(JsonInput.parse(body), "");
        if (docs.isEmpty() || docs.size() > IMPORT_MAX) {
            throw ProblemException.invalidField("", "Send between 1 and " + IMPORT_MAX + " documents, got " + docs.size());
        }
        return imported(service.importAll(caller, docs, publish), publish);
    }

    @POST
    @Path("import")
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes({"text/csv", PassportTable.XLSX})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Import passports from a CSV or XLSX table (submitter)",
            description = "The table of GET /api/passports/{id}/export.csv or export.xlsx: rows with the same"
                    + " passportId form one passport, so the export of one passport comes back as the same draft and a"
                    + " table may hold up to 1000. Columns: docs/passport-exchange.md. A cell that is no number where"
                    + " a number belongs is 400 naming 'rows[r].column' (row 1 is the header); then each document is"
                    + " validated like the JSON import, all or nothing. ?publish=true publishes each as version 1.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = PassportTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "imported", headers = @Header(name = "Location",
            description = IMPORT_LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(
            schema = @Schema(implementation = ImportResult.class),
            examples = @ExampleObject(name = "one draft", value = """
                    {"count": 1, "published": false, "ids": ["1e8b4d27-c5f3-4a9e-8d60-2b7f9c1a3e45"]}""")))
    @APIResponse(responseCode = "400", description = "an unreadable table, an unknown column, a bad cell or an invalid"
            + " document; nothing was imported", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad cell", value = """
                    {"type": "https://kringloop.nl/problems/invalid-field", "title": "Invalid field", "status": 400,
                     "detail": "rows[3].massGram: 'veel' is not a number", "field": "rows[3].massGram"}""")))
    public Response importTable(@QueryParam("publish") @DefaultValue("false") boolean publish,
                                @jakarta.ws.rs.HeaderParam("Content-Type") String contentType, byte[] body) {
        jakarta.json.JsonArray docs = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(PassportTable.XLSX)
                ? PassportTable.documentsFromXlsx(body) : PassportTable.documentsFromCsv(body);
        if (docs.size() > IMPORT_MAX) {
            throw ProblemException.invalidField("", "Send between 1 and " + IMPORT_MAX + " passports, got " + docs.size());
        }
        return imported(service.importAll(caller, docs, publish), publish);
    }

    @GET
    @Path("mine")
    @RolesAllowed(Roles.SUBMITTER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The passports of the submitter's organisation, drafts included (submitter)",
            description = "Newest change first: every passport of the caller's organisation with its newest published"
                    + " version (0 when none) and its working draft's version (absent when none). The public search"
                    + " shows published passports only; this is the supplier's own worklist.")
    @APIResponse(responseCode = "200", description = "the organisation's passports", content = @Content(
            schema = @Schema(implementation = PassportViews.OwnSummary.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "one draft", value = """
                    [{"id": "9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96", "productId": "urn:gtin:08712345678906",
                      "name": "Laptop 14", "manufacturer": "Voorbeeld Computers B.V.", "productGroup": "ICT hardware",
                      "latestPublishedVersion": 1, "draftVersion": 2, "draftUpdatedAt": "2025-06-20T08:12:00Z",
                      "publishedAt": "2025-06-02T14:20:00Z"}]""")))
    @APIResponse(responseCode = "401", description = "no valid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PassportViews.OwnSummary> mine(@QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                                               @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(offset, limit);
        String organisationId = caller.require().organisationId();
        List<PassportViews.OwnSummary> all = register.ofOrganisation(organisationId).stream()
                .map(p -> new PassportViews.OwnSummary(p.id(), p.productId(), p.name(), p.manufacturer(),
                        p.productGroup(), p.latestVersion(), p.hasDraft() ? p.draftVersion() : null,
                        p.hasDraft() ? p.draftUpdatedAt() : null, p.publishedAt()))
                .sorted(java.util.Comparator.comparing(PassportViews.OwnSummary::lastChange,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .toList();
        links.page(page, all.size());
        return page.apply(all);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, PassportExport.JSON_LD, PassportTable.CSV})
    @Operation(summary = "Read a passport (public once published)",
            description = "The newest published version with derived values and findings. The supplier and the"
                    + " administrator also see an unpublished passport's draft (and ?draft=true shows the working draft)."
                    + " By content negotiation the same URL answers Accept: application/ld+json with the JSON-LD export"
                    + " and Accept: text/csv with the CSV export of the newest published version (as export.jsonld and"
                    + " export.csv); any other Accept is 406.")
    @APIResponse(responseCode = "200", description = "the passport", content = {@Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PassportViews.PassportView.class),
            examples = @ExampleObject(name = "published", value = PASSPORT_EXAMPLE)),
            @Content(mediaType = PassportExport.JSON_LD, schema = @Schema(type = SchemaType.OBJECT,
                    description = "the UNTP Digital Product Passport credential of GET /api/passports/{id}/export.jsonld"),
                    examples = @ExampleObject(name = "JSON-LD", value = """
                            {"@context": ["https://www.w3.org/ns/credentials/v2",
                             "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/", "https://register.kringloop.nl/ns/kringloop/v1"],
                             "type": ["DigitalProductPassport", "VerifiableCredential"],
                             "id": "https://register.kringloop.nl/api/passports/9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96/versions/2"}""")),
            @Content(mediaType = PassportTable.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "the CSV of GET /api/passports/{id}/export.csv (docs/passport-exchange.md)"),
                    examples = @ExampleObject(name = "CSV", value = "passportId,version,contentSha256,productId,…\n"))},
            headers = @Header(name = "Vary", description = "Accept: the answer depends on it",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", description = "an Accept that names none of application/json,"
            + " application/ld+json and text/csv", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "not published yet, and no token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no token", value = """
                    {"type": "https://kringloop.nl/problems/unauthorized", "title": "Unauthorized", "status": 401,
                     "detail": "Send a valid API token: Authorization: Bearer <token>"}""")))
    @APIResponse(responseCode = "403", description = "not published yet, another organisation's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other organisation", value = OTHER_ORGANISATION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "no such passport", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown passport", value = PASSPORT_NOT_FOUND_EXAMPLE)))
    public Response read(@PathParam("id") String id, @QueryParam("draft") @DefaultValue("false") boolean draft,
                         @Context HttpHeaders headers) {
        Passport p = passport(id);
        MediaType wanted = negotiated(headers.getAcceptableMediaTypes());
        if (wanted.equals(MediaType.APPLICATION_JSON_TYPE) && !draft && p.latestVersion() > 0 && !access.seesDraft(p)) {
            // what everyone but the supplier sees: rendered once per state of the passport
            PassportVersion latest = service.version(id, p.latestVersion()).orElseThrow();
            PublishedVersions.Rendered r = published.current(p, latest.documentJson(), () -> views.published(p, latest));
            Response.ResponseBuilder answer = Preconditions.notModified(headers.getHeaderString("If-None-Match"),
                    r.entityTag()) ? Response.notModified() : Response.ok(r.json(), MediaType.APPLICATION_JSON_TYPE);
            return answer.header("ETag", r.entityTag()).header("Cache-Control", "no-cache").header("Vary", "Accept")
                    .build();
        }
        if (wanted.equals(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(draftOrPublished(p, draft), MediaType.APPLICATION_JSON_TYPE).header("Vary", "Accept")
                    .build();
        }
        Response export = wanted.toString().equals(PassportExport.JSON_LD) ? exportJsonLd(id, null) : exportCsv(id, null);
        return Response.fromResponse(export).header("Vary", "Accept").build();
    }

    private PassportViews.PassportView draftOrPublished(Passport p, boolean draft) {
        if (p.latestVersion() == 0 || draft) {
            access.requireInsider(p);
            if (!p.hasDraft()) {
                throw DomainException.unknown("Draft of passport", p.id());
            }
            return views.draft(p);
        }
        return views.published(p, service.version(p.id(), p.latestVersion()).orElseThrow());
    }

    /** the first of the passport's three forms that the client accepts, in the order of its preference */
    static MediaType negotiated(List<MediaType> acceptable) {
        List<MediaType> offered = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(PassportExport.JSON_LD),
                MediaType.valueOf(PassportTable.CSV));
        for (MediaType a : acceptable) {
            for (MediaType o : offered) {
                if (a.isCompatible(o)) {
                    return o;
                }
            }
        }
        // JAX-RS refuses (406) what @Produces cannot give before this method runs
        return MediaType.APPLICATION_JSON_TYPE;
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Edit the working draft (submitter of the organisation)",
            description = "Replaces the draft's document. When the newest version is published, this starts draft n+1;"
                    + " published versions never change.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PassportBodies.Document.class),
            examples = @ExampleObject(name = "passport", value = DOCUMENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the draft", content = @Content(
            schema = @Schema(implementation = PassportViews.PassportView.class),
            examples = @ExampleObject(name = "draft", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "not a submitter of the passport's organisation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other organisation", value = NOT_SUBMITTER_EXAMPLE)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public PassportViews.PassportView edit(@PathParam("id") String id, String body) {
        access.requireSubmitterOf(passport(id));
        return views.draft(service.saveDraft(caller, id, JsonInput.parse(body), null));
    }

    @DELETE
    @Path("{id}/draft")
    @RolesAllowed(Roles.SUBMITTER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Discard the working draft (submitter of the organisation)",
            description = "A passport that was never published disappears with its draft; published versions stay.")
    @APIResponse(responseCode = "204", description = "discarded")
    @APIResponse(responseCode = "403", description = "not a submitter of the passport's organisation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other organisation", value = NOT_SUBMITTER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "no such passport", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown passport", value = PASSPORT_NOT_FOUND_EXAMPLE)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public Response discard(@PathParam("id") String id) {
        access.requireSubmitterOf(passport(id));
        service.discardDraft(caller, id);
        return Response.noContent().build();
    }

    /** Why a calculated circularity value sits beside the guideline's codes and never among them. */
    static final String SEPARATE_METHOD_LABEL = "Calculated with a separate, labelled method; not a score of the"
            + " guideline, which holds facts only (guideline §3.3 condition 2)";

    @POST
    @Path("{id}/methods/{method}")
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Attach a calculated circularity value (CPF, EMF MCI) to the passport's draft",
            description = "Body: the product's bill of materials (as POST /api/circularity/{method}). The value is"
                    + " computed by the method's plugin and stored under \"calculatedMethods\" of the draft with the"
                    + " method, plugin and version — beside the guideline codes, never as a guideline score"
                    + " (condition 2). A published passport gets draft n+1. Submitters of the passport's organisation.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = nl.kringloop.api.circularity.BillOfMaterials.class),
            examples = @ExampleObject(name = "bill of materials", value = """
                    {"productId": "urn:gtin:08712345678906", "subject": "PRODUCT",
                     "components": [{"id": "housing", "unitMassGram": 200, "unitsPerProduct": 1,
                                     "secondaryInput": {"recycled": [{"share": 0.5, "proofDocuments": ["cert.pdf"]}]}}],
                     "disassemblies": [{"id": "housing", "unitMassGram": 200, "count": 1,
                                        "endOfLife": {"recycledShare": 0.9}}]}""")))
    @APIResponse(responseCode = "200", description = "the draft with the value attached", content = @Content(
            schema = @Schema(implementation = PassportViews.PassportView.class),
            examples = @ExampleObject(name = "cpf attached", value = """
                    {"id": "3b1f…", "status": "draft", "version": 2,
                     "document": {"calculatedMethods": {"cpf": {"indicator": "CPF", "scorePercent": 70.0,
                       "plugin": "cpf", "pluginVersion": "0.1.0", "formula": "Kringloop CPF 1.0",
                       "dataQuality": "calculated", "label": "Calculated with a separate, labelled method; …"}}}}""")))
    @APIResponse(responseCode = "403", description = "not a submitter of the passport's organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public PassportViews.PassportView attachMethod(@PathParam("id") String id, @PathParam("method") String method,
                                                   String body) {
        Passport p = passport(id);
        access.requireSubmitterOf(p);
        CircularityResource.Result r = circularity.compute(method, body);
        if (!Double.isFinite(r.scorePercent())) {
            throw ProblemException.invalidField("components", "the bill of materials gives no " + method
                    + " value (no mass to judge); nothing was attached");
        }
        JsonObject value = Json.createObjectBuilder()
                .add("indicator", r.indicator()).add("scorePercent", r.scorePercent())
                .add("formula", r.formula() == null ? "" : r.formula())
                .add("plugin", r.method().plugin()).add("pluginVersion", r.method().pluginVersion())
                .add("dataQuality", r.indicative() ? "indicative" : "calculated")
                .add("proven", r.proven())
                .add("calculatedAt", Instant.now().toString())
                .add("label", SEPARATE_METHOD_LABEL).build();
        return views.draft(service.attachMethod(caller, id, method, value));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.SUBMITTER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish the draft as version n (submitter of the organisation)",
            description = "The version becomes immutable and public, with the SHA-256 of its canonical JSON.")
    @APIResponse(responseCode = "200", description = "the published version", content = @Content(
            schema = @Schema(implementation = PassportViews.PassportView.class),
            examples = @ExampleObject(name = "published", value = PASSPORT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "no draft to publish", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no draft", value = """
                    {"type": "https://kringloop.nl/problems/conflict", "title": "Conflict", "status": 409,
                     "detail": "Passport 9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96 has no draft to publish; version 2 is published"}""")))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public PassportViews.PassportView publish(@PathParam("id") String id) {
        access.requireSubmitterOf(passport(id));
        return views.published(service.publish(caller, id));
    }

    @GET
    @Path("{id}/versions")
    @PermitAll
    @Operation(summary = "List the versions (public: published ones; the supplier also sees its draft)")
    @APIResponse(responseCode = "200", description = "the versions, oldest first", content = @Content(
            schema = @Schema(implementation = PassportViews.VersionInfo.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "two published, one draft", value = """
                    [{"version": 1, "status": "published", "publishedAt": "2025-04-11T10:02:00Z", "publishedBy": "Anna de Vries",
                      "contentSha256": "b71d0e3a9c5f2e8b4a6d1c7f0e3b9a5d2c8f4e1a7b0d6c3f9e2a5b8d1c4f7e0a"},
                     {"version": 2, "status": "published", "publishedAt": "2025-06-02T14:20:00Z", "publishedBy": "Anna de Vries",
                      "contentSha256": "4f9a1c0e7b2d5a8f3e6c9b1d4a7f0e2c5b8d1a4f7e0c3b6d9a2f5e8c1b4d7a0e"},
                     {"version": 3, "status": "draft"}]""")))
    @APIResponse(responseCode = "404", description = "no such passport", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown passport", value = PASSPORT_NOT_FOUND_EXAMPLE)))
    public List<PassportViews.VersionInfo> versions(@PathParam("id") String id) {
        Passport p = passport(id);
        if (p.latestVersion() == 0) {
            access.requireInsider(p);
        }
        List<PassportViews.VersionInfo> out = new ArrayList<>(service.versions(id).stream()
                .map(v -> new PassportViews.VersionInfo(v.number(), "published", v.publishedAt(), v.publishedByName(),
                        v.sha256())).toList());
        if (access.seesDraft(p)) {
            out.add(new PassportViews.VersionInfo(p.draftVersion(), "draft", null, null, null));
        }
        return out;
    }

    @GET
    @Path("{id}/versions/{n}")
    @PermitAll
    @Operation(summary = "Read version n (public when published; the draft for the supplier)",
            description = "A published version never changes: it is answered with a strong ETag and Cache-Control"
                    + " immutable, and a GET with If-None-Match naming that ETag is answered 304 without a body. Its"
                    + " representation holds what the version fixes; latestPublishedVersion and draftVersion, which"
                    + " belong to the passport, are absent (GET /api/passports/{id} shows them).")
    @APIResponse(responseCode = "200", description = "the version", content = @Content(
            schema = @Schema(implementation = PassportViews.PassportView.class),
            examples = @ExampleObject(name = "published", value = PASSPORT_EXAMPLE)),
            headers = {@Header(name = "ETag", description = "a strong tag of this representation",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "public, max-age=31536000, immutable for a"
                            + " published version", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "not modified: If-None-Match names the version's ETag")
    @APIResponse(responseCode = "404", description = "no such passport or version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown version", value = """
                    {"type": "https://kringloop.nl/problems/not-found", "title": "Not found", "status": 404,
                     "detail": "Version '9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96/7' does not exist"}""")))
    public Response version(@PathParam("id") String id, @PathParam("n") int n,
                            @HeaderParam("If-None-Match") @Parameter(description = "the ETag of an earlier read: 304 when"
                                    + " it is still the version's") String ifNoneMatch) {
        // a published version never changes: rendered once, then answered from memory; the stored row is still read,
        // so that what is served is what the database holds (PublishedVersions.rendered)
        PublishedVersions.Rendered r;
        Passport p = passport(id);
        if (n >= 1 && n <= p.latestVersion()) {
            PassportVersion v = service.version(id, n).orElseThrow();
            r = published.rendered(id, n, v.documentJson(), () -> views.immutable(p, v));
        } else if (n == p.draftVersion() && p.hasDraft()) {
            access.requireInsider(p);
            return Response.ok(views.draft(p)).build();
        } else {
            throw DomainException.unknown("Version", id + "/" + n);
        }
        Response.ResponseBuilder answer = Preconditions.notModified(ifNoneMatch, r.entityTag())
                ? Response.notModified() : Response.ok(r.json(), MediaType.APPLICATION_JSON_TYPE);
        return answer.header("ETag", r.entityTag()).header("Cache-Control", Preconditions.IMMUTABLE).build();
    }

    @PUT
    @Path("{id}/versions/{n}")
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Edit version n (submitter of the organisation): only the draft can be edited")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PassportBodies.Document.class),
            examples = @ExampleObject(name = "passport", value = DOCUMENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the draft", content = @Content(
            schema = @Schema(implementation = PassportViews.PassportView.class),
            examples = @ExampleObject(name = "draft", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "version n is published and immutable", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "published", value = """
                    {"type": "https://kringloop.nl/problems/conflict", "title": "Conflict", "status": 409,
                     "detail": "Version 1 of passport 9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96 is published and immutable; edit the passport (PUT /api/passports/9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96) to start draft version 3"}""")))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public PassportViews.PassportView editVersion(@PathParam("id") String id, @PathParam("n") int n, String body) {
        access.requireSubmitterOf(passport(id));
        return views.draft(service.saveDraft(caller, id, JsonInput.parse(body), n));
    }

    @GET
    @Path("{id}/completeness")
    @PermitAll
    @Operation(summary = "Completeness against the passport's guideline version, per code",
            description = "Of the newest published version; ?draft=true (supplier) checks the working draft.")
    @APIResponse(responseCode = "200", description = "per code: present, derived or missing", content = @Content(
            schema = @Schema(implementation = PassportViews.Completeness.class),
            examples = @ExampleObject(name = "incomplete", value = """
                    {"passportId": "9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96", "version": 2, "status": "published",
                     "guidelineVersion": "2025-1", "complete": false, "missingRequired": ["A1.4", "B2.1"],
                     "codes": [{"code": "A1.1", "requirement": "required", "status": "present",
                                "description": "all raw materials in the product, gram each (scale)"},
                               {"code": "A1.3", "requirement": "required", "status": "derived",
                                "description": "critical raw materials (EU CRM list), gram (scale + EU CRM list)"},
                               {"code": "A1.4", "requirement": "required", "status": "missing",
                                "description": "substances of very high concern (RIVM ZZS list), gram (scale + ZZS list)"}]}""")))
    @APIResponse(responseCode = "404", description = "no such passport, or no draft", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown passport", value = PASSPORT_NOT_FOUND_EXAMPLE)))
    public PassportViews.Completeness completeness(@PathParam("id") String id,
                                                   @QueryParam("draft") @DefaultValue("false") boolean draft) {
        Passport p = passport(id);
        String json;
        int n;
        String status;
        if (p.latestVersion() == 0 || draft) {
            access.requireInsider(p);
            if (!p.hasDraft()) {
                throw DomainException.unknown("Draft of passport", id);
            }
            json = p.draftJson();
            n = p.draftVersion();
            status = "draft";
        } else {
            json = service.version(id, p.latestVersion()).orElseThrow().documentJson();
            n = p.latestVersion();
            status = "published";
        }
        PassportService.Prepared prepared = service.reread(json);
        return Completeness.of(id, n, status, prepared.guideline(), prepared.document());
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Who did what, when (supplier and administrator)")
    @APIResponse(responseCode = "200", description = "the audit trail, oldest first", content = @Content(
            schema = @Schema(implementation = PassportViews.AuditView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "trail", value = """
                    [{"at": "2025-04-11T09:55:00Z", "actorId": "a7e2c4f0-5b1d-4e9a-8f36-2c9d0b4e1a58",
                      "actorName": "Anna de Vries", "action": "create-draft", "detail": "draft version 1 of 'Laptop 14'"},
                     {"at": "2025-04-11T10:02:00Z", "actorId": "a7e2c4f0-5b1d-4e9a-8f36-2c9d0b4e1a58",
                      "actorName": "Anna de Vries", "action": "publish",
                      "detail": "version 1 sha256 b71d0e3a9c5f2e8b4a6d1c7f0e3b9a5d2c8f4e1a7b0d6c3f9e2a5b8d1c4f7e0a"}]""")))
    @APIResponse(responseCode = "403", description = "another organisation's passport", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other organisation", value = OTHER_ORGANISATION_EXAMPLE)))
    public List<PassportViews.AuditView> auditTrail(@PathParam("id") String id,
                                                    @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                                                    @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(offset, limit);
        access.requireInsider(passport(id));
        links.page(page, audit.count("passport", id));
        return audit.of("passport", id, page).stream().map(e -> new PassportViews.AuditView(e.at(), e.actorId(),
                e.actorName(), e.action(), e.detail())).toList();
    }

    @GET
    @Path("{id}/export.jsonld")
    @PermitAll
    @Produces({PassportExport.JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export a published version as a UNTP Digital Product Passport 0.6.1 credential (JSON-LD)",
            description = "Valid against the UNTP DPP 0.6.1 JSON Schema; materialsProvenance (CAS numbers as"
                    + " materialType, hazardous ZZS materials with materialSafetyInformation), circularityScorecard"
                    + " (with an attached EMF MCI as materialCircularityIndicator), emissionsScorecard per declared unit."
                    + " Kringloop's own terms (kl:) are defined by the context at /ns/kringloop/v1, so a JSON-LD"
                    + " processor keeps every value. Mapping: docs/passport-exchange.md. ?version=n for an older version.")
    @APIResponse(responseCode = "200", description = "the passport as a UNTP digital product passport credential",
            content = @Content(mediaType = "application/ld+json", schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = {"@context", "type", "id", "issuer", "credentialSubject"},
                    description = "A UNTP Digital Product Passport 0.6.1 verifiable credential (the JSON Schema of"
                            + " uncefact/spec-untp data-models/untp-dpp at tag v0.6.1); Kringloop's own terms"
                            + " expand by its JSON-LD context /ns/kringloop/v1"),
                    examples = @ExampleObject(name = "JSON-LD", value = """
                    {"@context": ["https://www.w3.org/ns/credentials/v2",
                    "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/", "https://register.kringloop.nl/ns/kringloop/v1"],
                    "type": ["DigitalProductPassport", "VerifiableCredential"],
                    "id": "https://register.kringloop.nl/api/passports/9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96/versions/2",
                    "issuer": {"type": ["CredentialIssuer"],
                    "id": "urn:kringloop:organisation:3b9d6c1e-7f2a-4d8b-9c41-0e5a2f7b6d13",
                    "name": "Voorbeeld Computers B.V."}, "validFrom": "2025-06-02T14:20:00Z", "kl:untpDppVersion": "0.6.1",
                    "kl:version": 2, "kl:status": "published",
                    "kl:contentSha256": "6c29b7349dbc487f64637fdec1ed1e52c0a1b0dadd15b1b3beb505b5567dfc2c",
                    "kl:guidelineVersion": "2025-1", "kl:referenceLists": {"crm": "eu-crm-2023", "zzs": "zzs-demo-2025-01"},
                    "credentialSubject": {"type": ["ProductPassport"],
                    "id": "https://register.kringloop.nl/api/passports/9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96/versions/2#passport",
                    "product": {"type": ["Product"], "id": "urn:gtin:08712345678906", "name": "Laptop 14",
                    "registeredId": "urn:gtin:08712345678906", "kl:model": "L14-2025",
                    "productCategory": [{"type": ["Classification"], "id": "urn:kringloop:product-group:ict+hardware",
                    "code": "ICT hardware", "name": "ICT hardware",
                    "schemeName": "Kringloop product group (as the supplier names it)"}],
                    "producedByParty": {"id": "urn:kringloop:organisation:3b9d6c1e-7f2a-4d8b-9c41-0e5a2f7b6d13",
                    "name": "Voorbeeld Computers B.V."}, "dimensions": {"weight": {"value": 1850.0, "unit": "GRM"}}},
                    "granularityLevel": "model", "materialsProvenance": [{"type": ["Material"], "name": "aluminium",
                    "mass": {"value": 420.0, "unit": "GRM"}, "hazardous": false, "materialType": {"type": ["Classification"],
                    "id": "https://commonchemistry.cas.org/detail?cas_rn=7429-90-5", "code": "7429-90-5", "name": "aluminium",
                    "schemeID": "https://commonchemistry.cas.org/", "schemeName": "CAS Registry Number"},
                    "kl:guidelineCode": "A1.1", "massFraction": 0.22702702702702704,
                    "recycledMassFraction": 0.47619047619047616, "kl:criticalRawMaterial": "bauxite/alumina/aluminium"},
                    {"type": ["Material"], "name": "solder", "mass": {"value": 0.5, "unit": "GRM"}, "hazardous": true,
                    "materialType": {"type": ["Classification"],
                    "id": "https://commonchemistry.cas.org/detail?cas_rn=7439-92-1", "code": "7439-92-1", "name": "solder",
                    "schemeID": "https://commonchemistry.cas.org/", "schemeName": "CAS Registry Number"},
                    "materialSafetyInformation": {"type": ["Link"],
                    "linkURL": "https://register.kringloop.nl/api/reference/lists/zzs-demo-2025-01",
                    "linkName": "Substance of very high concern (ZZS, RIVM list zzs-demo-2025-01): CAS 7439-92-1, REACH SVHC, CLP Repr. 1A", "linkType": "https://kringloop.nl/ns/kringloop/v1#ZzsListEntry"},
                    "kl:guidelineCode": "A1.1", "massFraction": 0.0002702702702702703, "recycledMassFraction": 0.0}],
                    "circularityScorecard": {"type": ["CircularityPerformance"], "recycledContent": 0.1081081081081081},
                    "emissionsScorecard": {"type": ["EmissionsPerformance"], "carbonFootprint": 216.2162162162162,
                    "declaredUnit": "KGM", "operationalScope": "CradleToGrave", "primarySourcedRatio": 1.0,
                    "kl:carbonFootprintPerProductKg": 400.0, "kl:carbonFootprintPerYearOfUseKg": 66.66666666666667,
                    "kl:method": "PEF EF 3.1", "kl:dataQuality": "calculated"},
                    "kl:guidelineValues": {"A1.1": [{"material": "aluminium", "cas": "7429-90-5", "massGram": 420.0,
                    "method": "scale"}, {"material": "solder", "cas": "7439-92-1", "massGram": 0.5, "method": "scale"}],
                    "A1.2": [{"material": "aluminium", "massGram": 200.0}], "B1": {"productionGram": 250000.0,
                    "transportGram": 10000.0, "useGram": 120000.0, "recyclingGram": 20000.0, "serviceLifeYears": 5.0,
                    "method": "PEF EF 3.1", "dataQuality": "calculated"}, "C1.1": {"years": 6.0}},
                    "kl:criticalRawMaterials": [{"material": "aluminium", "listItem": "bauxite/alumina/aluminium",
                    "massGram": 420.0, "matchedBy": "cas", "cas": "7429-90-5", "gramPerYearOfUse": 70.0}],
                    "kl:substancesOfVeryHighConcern": [{"substance": "solder", "cas": "7439-92-1", "massGram": 0.5,
                    "regimes": ["REACH SVHC", "CLP Repr. 1A"], "source": "A1.1"}]}}""")))
    @APIResponse(responseCode = "404", description = "no such passport or published version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not published", value = """
                    {"type": "https://kringloop.nl/problems/not-found", "title": "Not found", "status": 404,
                     "detail": "Published version '9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96/0' does not exist"}""")))
    public Response exportJsonLd(@PathParam("id") String id, @QueryParam("version") Integer version) {
        PassportViews.PassportView v = views.exported(passport(id), version);
        JsonObject ld = PassportExport.jsonLd(v, base() + "api/passports/" + id + "/versions/" + v.version(), base());
        return Response.ok(ld.toString(), PassportExport.JSON_LD).build();
    }

    @GET
    @Path("{id}/export.csv")
    @PermitAll
    @Produces(PassportTable.CSV)
    @Operation(summary = "Export a published version as CSV, one row per value, that POST /api/passports/import reads"
            + " back into the same draft",
            description = "Every row repeats product, mass, guideline version and list versions; typed value columns"
                    + " (massGram, gramCo2Eq, years, number; text, json). version, contentSha256 and derivedPercent"
                    + " are for the reader; the import ignores them. Columns: docs/passport-exchange.md.")
    @APIResponse(responseCode = "200", description = "one row per value, with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "RFC 4180 CSV with a header row; the columns are in docs/passport-exchange.md"),
                    examples = @ExampleObject(name = "CSV", value = """
                    passportId,version,contentSha256,productId,productName,productModel,manufacturer,productGroup,productMassGram,guidelineVersion,crmList,zzsList,code,item,cas,massGram,gramCo2Eq,years,number,unit,percent,text,json,method,dataQuality,evidence,derivedPercent
                    9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96,2,4f9a1c0e…,urn:gtin:08712345678906,Laptop 14,L14-2025,Voorbeeld Computers B.V.,ICT hardware,1850,2025-1,eu-crm-2023,zzs-demo-2025-01,A1.1,aluminium,7429-90-5,420,,,,,,,,scale,measured,doc:bom-2025-03.pdf,
                    9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96,2,4f9a1c0e…,urn:gtin:08712345678906,Laptop 14,L14-2025,Voorbeeld Computers B.V.,ICT hardware,1850,2025-1,eu-crm-2023,zzs-demo-2025-01,A1.2,aluminium,,200,,,,,10.8,,,,,,10.81081081081081
                    9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96,2,4f9a1c0e…,urn:gtin:08712345678906,Laptop 14,L14-2025,Voorbeeld Computers B.V.,ICT hardware,1850,2025-1,eu-crm-2023,zzs-demo-2025-01,B1,,,,,5,,,,,,PEF EF 3.1,,,
                    9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96,2,4f9a1c0e…,urn:gtin:08712345678906,Laptop 14,L14-2025,Voorbeeld Computers B.V.,ICT hardware,1850,2025-1,eu-crm-2023,zzs-demo-2025-01,B1.1,production,,,250000,,,,,,,,,,62.5
                    9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96,2,4f9a1c0e…,urn:gtin:08712345678906,Laptop 14,L14-2025,Voorbeeld Computers B.V.,ICT hardware,1850,2025-1,eu-crm-2023,zzs-demo-2025-01,C1.1,,,,,6,,,,,,,,,
                    """)))
    @APIResponse(responseCode = "404", description = "no such passport or published version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown passport", value = PASSPORT_NOT_FOUND_EXAMPLE)))
    public Response exportCsv(@PathParam("id") String id, @QueryParam("version") Integer version) {
        PassportViews.PassportView v = views.exported(passport(id), version);
        return Response.ok(PassportTable.csv(v), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"passport-" + id + "-v" + v.version() + ".csv\"")
                .build();
    }

    @GET
    @Path("{id}/export.xlsx")
    @PermitAll
    @Produces(PassportTable.XLSX)
    @Operation(summary = "Export a published version as an XLSX workbook with the columns of the CSV export",
            description = "One sheet, one row per value; numbers are number cells. POST it to /api/passports/import"
                    + " to recreate the draft. Columns: docs/passport-exchange.md. ?version=n for an older version.")
    @APIResponse(responseCode = "200", description = "the workbook",
            content = @Content(mediaType = PassportTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "no such passport or published version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown passport", value = PASSPORT_NOT_FOUND_EXAMPLE)))
    public Response exportXlsx(@PathParam("id") String id, @QueryParam("version") Integer version) {
        PassportViews.PassportView v = views.exported(passport(id), version);
        return Response.ok(PassportTable.xlsx(v), PassportTable.XLSX)
                .header("Content-Disposition", "attachment; filename=\"passport-" + id + "-v" + v.version() + ".xlsx\"")
                .build();
    }

    // ---- views and access

    private Passport passport(String id) {
        return service.find(id).orElseThrow(() -> DomainException.unknown("Passport", id));
    }

    private String base() {
        return uri.getBaseUri().resolve("/").toString();
    }
}
