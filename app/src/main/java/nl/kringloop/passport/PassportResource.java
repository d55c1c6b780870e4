package nl.kringloop.passport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import nl.kringloop.api.circularity.BillOfMaterials;
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
import nl.kringloop.circularity.CircularityResource;
import nl.kringloop.circularity.CircularityService;
import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import java.util.Comparator;
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

    @Inject
    PageLinks pageLinks;

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
            schema = @Schema(implementation = PassportViews.SearchResult.class)))
    @APIResponse(responseCode = "400", description = "limit outside 1–100 or a negative offset", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
        PassportSearch.Found found = register.search(filters, page);
        long total = found.total();
        List<PassportViews.Summary> items = found.passports().stream().map(p -> new PassportViews.Summary(
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
            schema = @Schema(implementation = PassportBodies.Document.class)))
    @APIResponse(responseCode = "201", description = "the draft", content = @Content(
            schema = @Schema(implementation = PassportViews.PassportView.class)))
    @APIResponse(responseCode = "400", description = "malformed or inconsistent: negative mass, percentage over 100,"
            + " unknown code, bad CAS check digit, recycled mass over the material's mass",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "an invalid document; nothing was imported", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importMany(@QueryParam("publish") @DefaultValue("false") boolean publish, String body) {
        JsonArray docs = JsonInput.array(JsonInput.parse(body), "");
        if (docs.isEmpty() || docs.size() > IMPORT_MAX) {
            throw DomainException.invalid("", "Send between 1 and " + IMPORT_MAX + " documents, got " + docs.size());
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
            schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "an unreadable table, an unknown column, a bad cell or an invalid"
            + " document; nothing was imported", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importTable(@QueryParam("publish") @DefaultValue("false") boolean publish,
                                @HeaderParam("Content-Type") String contentType, byte[] body) {
        JsonArray docs = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(PassportTable.XLSX)
                ? PassportTable.documentsFromXlsx(body) : PassportTable.documentsFromCsv(body);
        if (docs.size() > IMPORT_MAX) {
            throw DomainException.invalid("", "Send between 1 and " + IMPORT_MAX + " passports, got " + docs.size());
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
            schema = @Schema(implementation = PassportViews.OwnSummary.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "no valid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PassportViews.OwnSummary> mine(
            @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
            @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(offset, limit);
        String organisationId = caller.require().organisationId();
        List<PassportViews.OwnSummary> all = register.ofOrganisation(organisationId).stream()
                .map(p -> new PassportViews.OwnSummary(p.id(), p.productId(), p.name(), p.manufacturer(),
                        p.productGroup(), p.latestVersion(), p.hasDraft() ? p.draftVersion() : null,
                        p.hasDraft() ? p.draftUpdatedAt() : null, p.publishedAt()))
                .sorted(Comparator.comparing(PassportViews.OwnSummary::lastChange,
                        Comparator.nullsLast(Comparator.reverseOrder())))
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
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PassportViews.PassportView.class)),
            @Content(mediaType = PassportExport.JSON_LD, schema = @Schema(type = SchemaType.OBJECT,
                    description = "the UNTP Digital Product Passport credential of GET /api/passports/{id}/export.jsonld")),
            @Content(mediaType = PassportTable.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "the CSV of GET /api/passports/{id}/export.csv (docs/passport-exchange.md)"))},
            headers = @Header(name = "Vary", description = "Accept: the answer depends on it",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", description = "an Accept that names none of application/json,"
            + " application/ld+json and text/csv", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "not published yet, and no token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "not published yet, another organisation's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such passport", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            schema = @Schema(implementation = PassportBodies.Document.class)))
    @APIResponse(responseCode = "200", description = "the draft", content = @Content(
            schema = @Schema(implementation = PassportViews.PassportView.class)))
    @APIResponse(responseCode = "403", description = "not a submitter of the passport's organisation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such passport", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            schema = @Schema(implementation = BillOfMaterials.class)))
    @APIResponse(responseCode = "200", description = "the draft with the value attached", content = @Content(
            schema = @Schema(implementation = PassportViews.PassportView.class)))
    @APIResponse(responseCode = "403", description = "not a submitter of the passport's organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public PassportViews.PassportView attachMethod(@PathParam("id") String id, @PathParam("method") String method,
                                                   String body) {
        Passport p = passport(id);
        access.requireSubmitterOf(p);
        CircularityResource.Result r = circularity.compute(method, body);
        if (!Double.isFinite(r.scorePercent())) {
            throw DomainException.invalid("components", "the bill of materials gives no " + method
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
            schema = @Schema(implementation = PassportViews.PassportView.class)))
    @APIResponse(responseCode = "409", description = "no draft to publish", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            schema = @Schema(implementation = PassportViews.VersionInfo.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "no such passport", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PassportViews.VersionInfo> versions(@PathParam("id") String id,
            @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
            @QueryParam("limit") Integer limit) {
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
        return pageLinks.pageOf(out, offset, limit);
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
            schema = @Schema(implementation = PassportViews.PassportView.class)),
            headers = {@Header(name = "ETag", description = "a strong tag of this representation",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "public, max-age=31536000, immutable for a"
                            + " published version", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "not modified: If-None-Match names the version's ETag")
    @APIResponse(responseCode = "404", description = "no such passport or version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            schema = @Schema(implementation = PassportBodies.Document.class)))
    @APIResponse(responseCode = "200", description = "the draft", content = @Content(
            schema = @Schema(implementation = PassportViews.PassportView.class)))
    @APIResponse(responseCode = "409", description = "version n is published and immutable", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            schema = @Schema(implementation = PassportViews.Completeness.class)))
    @APIResponse(responseCode = "404", description = "no such passport, or no draft", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            schema = @Schema(implementation = PassportViews.AuditView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "another organisation's passport", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
                            + " expand by its JSON-LD context /ns/kringloop/v1")))
    @APIResponse(responseCode = "404", description = "no such passport or published version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
                    description = "RFC 4180 CSV with a header row; the columns are in docs/passport-exchange.md")))
    @APIResponse(responseCode = "404", description = "no such passport or published version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
