package nl.kringloop.passport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import nl.kringloop.circularity.CircularityResource;
import nl.kringloop.platform.PluginHost;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.kringloop.api.Finding;
import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.Organisation;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.ProblemException;
import nl.kringloop.platform.RoleGuard;
import nl.kringloop.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code /api/passports}: the public register of circular product passports (SPEC §6). Anyone reads published
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
                         "evidence": ["doc:bom-2025-03.pdf"], "dataQuality": "measured"},
                        {"material": "cobalt", "cas": "7440-48-4", "massGram": 12, "method": "scale"}],
               "A1.2": [{"material": "aluminium", "massGram": 200, "percent": 10.8}],
               "A2.1": [{"material": "aluminium", "massGram": 380}],
               "B1": {"productionGram": 250000, "transportGram": 10000, "useGram": 120000, "recyclingGram": 20000,
                      "serviceLifeYears": 5, "method": "PEF EF 3.1"},
               "C1.1": {"years": 6}, "C1.2": {"years": 2}, "C1.3": {"years": 7}, "C1.4": {"years": 5},
               "C2.1": {"text": "battery and SSD reusable", "percent": 30}, "C3.1": {"text": "same grade"},
               "C4.1": {"text": "none yet"}}}""";

    @Inject
    PassportService service;

    @Inject
    PluginHost plugins;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(summary = "Search published passports (public)",
            description = "Filters combine with AND. text: in name, model, manufacturer, product id or group;"
                    + " productGroup: exact (case-insensitive); manufacturer: contains; material: an A1.1 material name"
                    + " or CAS; crm: a critical raw material (list item, member or material, e.g. 'cobalt',"
                    + " 'platinum group metals', 'palladium') or 'any'; zzs: a ZZS CAS number or substance, or 'any'.")
    public PassportViews.SearchResult search(@QueryParam("text") String text,
                                             @QueryParam("productGroup") String productGroup,
                                             @QueryParam("manufacturer") String manufacturer,
                                             @QueryParam("material") String material,
                                             @QueryParam("crm") @Parameter(example = "cobalt") String crm,
                                             @QueryParam("zzs") @Parameter(example = "7439-92-1") String zzs,
                                             @QueryParam("offset") @DefaultValue("0") int offset,
                                             @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > 100) {
            throw ProblemException.invalidField("limit", "limit: between 1 and 100");
        }
        if (offset < 0) {
            throw ProblemException.invalidField("offset", "offset: not negative");
        }
        StringBuilder q = new StringBuilder("select p from Passport p where p.latestVersion > 0");
        List<Object[]> params = new ArrayList<>();
        like(q, params, "p.searchLc", text, true);
        if (present(productGroup)) {
            q.append(" and p.productGroupLc = :productGroup");
            params.add(new Object[]{"productGroup", lc(productGroup)});
        }
        like(q, params, "p.manufacturerLc", manufacturer, true);
        like(q, params, "p.materialsLc", material, false);
        listFilter(q, params, "p.crmLc", crm);
        listFilter(q, params, "p.zzsLc", zzs);
        q.append(" order by p.publishedAt desc, p.id");
        TypedQuery<Passport> query = em.createQuery(q.toString(), Passport.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        List<Passport> found = query.setFirstResult(offset).setMaxResults(limit + 1).getResultList();
        List<PassportViews.Summary> items = found.stream().limit(limit).map(p -> new PassportViews.Summary(p.id(),
                p.organisationId(), p.productId(), p.name(), p.manufacturer(), p.productGroup(), p.latestVersion(),
                p.publishedAt())).toList();
        return new PassportViews.SearchResult(items, offset, limit, found.size() > limit ? offset + limit : null);
    }

    @POST
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a passport as draft version 1 (submitter)",
            description = "For the submitter's own organisation. The document is validated (400 naming the field);"
                    + " guidelineVersion and referenceLists default to the newest and are written into it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "passport", value = DOCUMENT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "the draft",
            content = @Content(schema = @Schema(implementation = PassportViews.PassportView.class)))
    @APIResponse(responseCode = "400", description = "malformed or inconsistent: negative mass, percentage over 100,"
            + " unknown code, bad CAS check digit, recycled mass over the material's mass",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad CAS", value = """
                            {"type": "https://kringloop.nl/problems/invalid-field", "title": "Invalid field", "status": 400,
                             "detail": "values.A1.1[0].cas: '7429-90-4' is not a CAS number with a valid check digit",
                             "field": "values.A1.1[0].cas"}""")))
    public Response create(String body) {
        Passport p = service.create(caller, JsonInput.parse(body));
        return Response.created(URI.create("passports/" + p.id())).entity(draftView(p)).build();
    }

    /** at most this many documents per import request: one transaction must stay small enough for the database */
    static final int IMPORT_MAX = 1000;

    @Schema(name = "PassportImportResult")
    public record ImportResult(int count, boolean published, List<String> ids) {
    }

    @POST
    @Path("import")
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Import many passports at once (submitter)",
            description = "Body: a JSON array of up to 1000 passport documents for the submitter's organisation."
                    + " All or nothing: one invalid document refuses the request with 400 naming '[i].field'."
                    + " ?publish=true publishes each as version 1.")
    @APIResponse(responseCode = "201", description = "imported",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "an invalid document; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importMany(@QueryParam("publish") @DefaultValue("false") boolean publish, String body) {
        jakarta.json.JsonArray docs = JsonInput.array(JsonInput.parse(body), "");
        if (docs.isEmpty() || docs.size() > IMPORT_MAX) {
            throw ProblemException.invalidField("", "Send between 1 and " + IMPORT_MAX + " documents, got " + docs.size());
        }
        List<String> ids = service.importAll(caller, docs, publish);
        return Response.status(Response.Status.CREATED).entity(new ImportResult(ids.size(), publish, ids)).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Read a passport (public once published)",
            description = "The newest published version with derived values and findings. The supplier and the"
                    + " administrator also see an unpublished passport's draft (and ?draft=true shows the working draft).")
    @APIResponse(responseCode = "200", description = "the passport",
            content = @Content(schema = @Schema(implementation = PassportViews.PassportView.class)))
    @APIResponse(responseCode = "401", description = "not published yet, and no token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "not published yet, another organisation's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such passport",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PassportViews.PassportView read(@PathParam("id") String id, @QueryParam("draft") @DefaultValue("false") boolean draft) {
        Passport p = passport(id);
        if (p.latestVersion() == 0 || draft) {
            requireInsider(p);
            if (!p.hasDraft()) {
                throw ProblemException.notFound("Draft of passport", id);
            }
            return draftView(p);
        }
        return publishedView(p, service.version(id, p.latestVersion()).orElseThrow());
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
            examples = @ExampleObject(name = "passport", value = DOCUMENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the draft",
            content = @Content(schema = @Schema(implementation = PassportViews.PassportView.class)))
    public PassportViews.PassportView edit(@PathParam("id") String id, String body) {
        requireSubmitterOf(passport(id));
        return draftView(service.saveDraft(caller, id, JsonInput.parse(body), null));
    }

    @DELETE
    @Path("{id}/draft")
    @RolesAllowed(Roles.SUBMITTER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Discard the working draft (submitter of the organisation)",
            description = "A passport that was never published disappears with its draft; published versions stay.")
    @APIResponse(responseCode = "204", description = "discarded")
    public Response discard(@PathParam("id") String id) {
        requireSubmitterOf(passport(id));
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
    public PassportViews.PassportView attachMethod(@PathParam("id") String id, @PathParam("method") String method,
                                                   String body) {
        Passport p = passport(id);
        requireSubmitterOf(p);
        CircularityResource.Result r = CircularityResource.compute(plugins, method, body);
        String current = p.hasDraft() ? p.draftJson()
                : service.version(id, p.latestVersion()).orElseThrow().documentJson();
        JsonObject doc = Json.createReader(new java.io.StringReader(current)).readObject();
        JsonObject value = Json.createObjectBuilder()
                .add("indicator", r.indicator()).add("scorePercent", r.scorePercent())
                .add("formula", r.formula() == null ? "" : r.formula())
                .add("plugin", r.method().plugin()).add("pluginVersion", r.method().pluginVersion())
                .add("dataQuality", r.indicative() ? "indicative" : "calculated")
                .add("calculatedAt", java.time.Instant.now().toString())
                .add("label", SEPARATE_METHOD_LABEL).build();
        JsonObject methods = doc.containsKey("calculatedMethods") ? doc.getJsonObject("calculatedMethods")
                : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject updated = Json.createObjectBuilder(doc).add("calculatedMethods",
                Json.createObjectBuilder(methods).add(method, value)).build();
        return draftView(service.saveDraft(caller, id, updated, null));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.SUBMITTER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish the draft as version n (submitter of the organisation)",
            description = "The version becomes immutable and public, with the SHA-256 of its canonical JSON.")
    @APIResponse(responseCode = "200", description = "the published version",
            content = @Content(schema = @Schema(implementation = PassportViews.PassportView.class)))
    @APIResponse(responseCode = "409", description = "no draft to publish",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PassportViews.PassportView publish(@PathParam("id") String id) {
        requireSubmitterOf(passport(id));
        PassportVersion v = service.publish(caller, id);
        return publishedView(passport(id), v);
    }

    @GET
    @Path("{id}/versions")
    @PermitAll
    @Operation(summary = "List the versions (public: published ones; the supplier also sees its draft)")
    public List<PassportViews.VersionInfo> versions(@PathParam("id") String id) {
        Passport p = passport(id);
        if (p.latestVersion() == 0) {
            requireInsider(p);
        }
        List<PassportViews.VersionInfo> out = new ArrayList<>(service.versions(id).stream()
                .map(v -> new PassportViews.VersionInfo(v.number(), "published", v.publishedAt(), v.publishedByName(),
                        v.sha256())).toList());
        if (p.hasDraft() && caller.mayActFor(p.organisationId())) {
            out.add(new PassportViews.VersionInfo(p.draftVersion(), "draft", null, null, null));
        }
        return out;
    }

    @GET
    @Path("{id}/versions/{n}")
    @PermitAll
    @Operation(summary = "Read version n (public when published; the draft for the supplier)")
    public PassportViews.PassportView version(@PathParam("id") String id, @PathParam("n") int n) {
        Passport p = passport(id);
        if (n >= 1 && n <= p.latestVersion()) {
            return publishedView(p, service.version(id, n).orElseThrow());
        }
        if (n == p.draftVersion() && p.hasDraft()) {
            requireInsider(p);
            return draftView(p);
        }
        throw ProblemException.notFound("Version", id + "/" + n);
    }

    @PUT
    @Path("{id}/versions/{n}")
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Edit version n (submitter of the organisation): only the draft can be edited")
    @APIResponse(responseCode = "200", description = "the draft",
            content = @Content(schema = @Schema(implementation = PassportViews.PassportView.class)))
    @APIResponse(responseCode = "409", description = "version n is published and immutable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PassportViews.PassportView editVersion(@PathParam("id") String id, @PathParam("n") int n, String body) {
        requireSubmitterOf(passport(id));
        return draftView(service.saveDraft(caller, id, JsonInput.parse(body), n));
    }

    @GET
    @Path("{id}/completeness")
    @PermitAll
    @Operation(summary = "Completeness against the passport's guideline version, per code",
            description = "Of the newest published version; ?draft=true (supplier) checks the working draft.")
    public PassportViews.Completeness completeness(@PathParam("id") String id,
                                                   @QueryParam("draft") @DefaultValue("false") boolean draft) {
        Passport p = passport(id);
        String json;
        int n;
        String status;
        if (p.latestVersion() == 0 || draft) {
            requireInsider(p);
            if (!p.hasDraft()) {
                throw ProblemException.notFound("Draft of passport", id);
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
    public List<PassportViews.AuditView> auditTrail(@PathParam("id") String id) {
        requireInsider(passport(id));
        return audit.of("passport", id).stream().map(e -> new PassportViews.AuditView(e.at(), e.actorId(),
                e.actorName(), e.action(), e.detail())).toList();
    }

    @GET
    @Path("{id}/export.jsonld")
    @PermitAll
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export a published version as JSON-LD aligned with the UNTP digital product passport",
            description = "materialsProvenance, circularityScorecard, emissionsScorecard; Kringloop terms under kl:."
                    + " ?version=n for an older version.")
    public Response exportJsonLd(@PathParam("id") String id, @QueryParam("version") Integer version) {
        PassportViews.PassportView v = exported(id, version);
        JsonObject ld = PassportExport.jsonLd(v, base() + "api/passports/" + id + "/versions/" + v.version());
        return Response.ok(ld.toString(), "application/ld+json").build();
    }

    @GET
    @Path("{id}/export.csv")
    @PermitAll
    @Produces("text/csv")
    @Operation(summary = "Export a published version as CSV, one row per value (code, item, value, unit, %, method,"
            + " data quality, evidence)")
    public Response exportCsv(@PathParam("id") String id, @QueryParam("version") Integer version) {
        PassportViews.PassportView v = exported(id, version);
        return Response.ok(PassportExport.csv(v), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"passport-" + id + "-v" + v.version() + ".csv\"")
                .build();
    }

    @GET
    @Path("{id}/feedback")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Read the feedback on a passport (supplying organisation and administrator, condition 14)")
    public List<PassportViews.FeedbackView> feedback(@PathParam("id") String id) {
        requireInsider(passport(id));
        return em.createQuery("select f from Feedback f where f.passportId = :p order by f.createdAt", Feedback.class)
                .setParameter("p", id).getResultList().stream().map(PassportViews.FeedbackView::of).toList();
    }

    @POST
    @Path("{id}/feedback")
    @PermitAll
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give feedback on a published passport (anyone, condition 14)",
            description = "Open to anonymous callers on purpose: the users of the data are the public (condition 18)"
                    + " and their remarks must reach the supplier. The feedback is visible only to the supplier and"
                    + " the administrator.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "feedback", value = """
                    {"text": "A1.1 lists no copper, yet the product has a copper heat pipe", "code": "A1.1",
                     "version": 1, "authorName": "Inkoper Rijksoverheid", "authorContact": "inkoop@example.nl"}""")))
    @APIResponse(responseCode = "201", description = "received",
            content = @Content(schema = @Schema(implementation = PassportViews.FeedbackView.class)))
    public Response giveFeedback(@PathParam("id") String id, String body) {
        Passport p = passport(id);
        if (p.latestVersion() == 0) {
            requireInsider(p);
        }
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        String text = JsonInput.string(JsonInput.required(o, "text", ""), "text").trim();
        if (text.isEmpty() || text.length() > 4000) {
            throw ProblemException.invalidField("text", "text: between 1 and 4000 characters");
        }
        int version = JsonInput.optional(o, "version").map(v -> (int) JsonInput.number(v, "version")).orElse(0);
        if (version < 0 || version > p.latestVersion()) {
            throw ProblemException.invalidField("version", "version: " + version + " is not a published version");
        }
        String code = JsonInput.optional(o, "code").map(v -> JsonInput.string(v, "code")).orElse(null);
        if (code != null && !GuidelineCodes.FORM.matcher(code).matches()) {
            throw ProblemException.invalidField("code", "code: '" + code + "' is not a guideline code such as A1.1");
        }
        Feedback f = new Feedback(UUID.randomUUID().toString(), id, p.organisationId(), version, code, text,
                short200(o, "authorName"), short200(o, "authorContact"), Instant.now());
        em.persist(f);
        audit.record(caller, "feedback", "passport", id, "feedback " + f.id());
        return Response.created(URI.create("passports/" + id + "/feedback/" + f.id()))
                .entity(PassportViews.FeedbackView.of(f)).build();
    }

    @PUT
    @Path("{id}/feedback/{feedback}")
    @RolesAllowed(Roles.SUBMITTER)
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Set the status of feedback (the supplying organisation's submitter)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "status", value = "{\"status\": \"resolved\", \"note\": \"copper added in version 2\"}")))
    public PassportViews.FeedbackView setFeedbackStatus(@PathParam("id") String id, @PathParam("feedback") String fid,
                                                        String body) {
        Passport p = passport(id);
        requireSubmitterOf(p);
        Feedback f = em.find(Feedback.class, fid);
        if (f == null || !f.passportId().equals(id)) {
            throw ProblemException.notFound("Feedback", fid);
        }
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        String status = JsonInput.string(JsonInput.required(o, "status", ""), "status");
        if (!Feedback.STATUSES.contains(status)) {
            throw ProblemException.invalidField("status", "status: one of " + Feedback.STATUSES);
        }
        String note = JsonInput.optional(o, "note").map(v -> JsonInput.string(v, "note")).orElse(null);
        if (note != null && note.length() > 2000) {
            throw ProblemException.invalidField("note", "note: at most 2000 characters");
        }
        f.status(status, note, caller.actorId(), Instant.now());
        audit.record(caller, "feedback-status", "passport", id, "feedback " + fid + " → " + status);
        return PassportViews.FeedbackView.of(f);
    }

    // ---- views and access

    private PassportViews.PassportView exported(String id, Integer version) {
        Passport p = passport(id);
        int n = version == null ? p.latestVersion() : version;
        if (n < 1 || n > p.latestVersion()) {
            throw ProblemException.notFound("Published version", id + "/" + n);
        }
        return publishedView(p, service.version(id, n).orElseThrow());
    }

    private PassportViews.PassportView publishedView(Passport p, PassportVersion v) {
        PassportService.Prepared prepared = service.reread(v.documentJson());
        PassportDerivation.Result d = PassportDerivation.derive(prepared.document(), prepared.crm(), prepared.zzs());
        return new PassportViews.PassportView(p.id(), p.organisationId(), organisationName(p), v.number(), "published",
                p.latestVersion(), insiderOrNull(p), v.publishedAt(), v.publishedByName(), null, v.sha256(),
                parse(v.documentJson()), d, d.findings());
    }

    private PassportViews.PassportView draftView(Passport p) {
        PassportService.Prepared prepared = service.reread(p.draftJson());
        PassportDerivation.Result d = PassportDerivation.derive(prepared.document(), prepared.crm(), prepared.zzs());
        return new PassportViews.PassportView(p.id(), p.organisationId(), organisationName(p), p.draftVersion(), "draft",
                p.latestVersion(), p.draftVersion(), null, null, p.draftUpdatedAt(), null, prepared.json(), d,
                d.findings());
    }

    private Integer insiderOrNull(Passport p) {
        return p.hasDraft() && caller.mayActFor(p.organisationId()) ? p.draftVersion() : null;
    }

    private String organisationName(Passport p) {
        Organisation o = em.find(Organisation.class, p.organisationId());
        return o == null ? null : o.name();
    }

    private Passport passport(String id) {
        return service.find(id).orElseThrow(() -> ProblemException.notFound("Passport", id));
    }

    /** drafts, feedback, audit: the organisation and the administrator; 401 for anonymous, 403 for others */
    private void requireInsider(Passport p) {
        caller.require();
        if (!caller.mayActFor(p.organisationId())) {
            throw RoleGuard.forbidden("This passport belongs to another organisation");
        }
    }

    /** writes: only the organisation's own submitters; the administrator does not submit (independence, condition 16) */
    private void requireSubmitterOf(Passport p) {
        if (!caller.isMemberWithRole(p.organisationId(), Roles.SUBMITTER)) {
            throw RoleGuard.forbidden("Only submitters of the passport's organisation may change it");
        }
    }

    private String base() {
        return uri.getBaseUri().resolve("/").toString();
    }

    private static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    private static String short200(JsonObject o, String name) {
        String s = JsonInput.optional(o, name).map(v -> JsonInput.string(v, name).trim()).orElse(null);
        if (s != null && s.length() > 200) {
            throw ProblemException.invalidField(name, name + ": at most 200 characters");
        }
        return s;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String lc(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void like(StringBuilder q, List<Object[]> params, String column, String value, boolean contains) {
        if (!present(value)) {
            return;
        }
        String name = "p" + params.size();
        q.append(" and ").append(column).append(" like :").append(name).append(" escape '\\'");
        // materials are matched whole ("|copper|"), text anywhere
        params.add(new Object[]{name, contains ? "%" + escapeLike(lc(value)) + "%" : "%|" + escapeLike(lc(value)) + "|%"});
    }

    private static void listFilter(StringBuilder q, List<Object[]> params, String column, String value) {
        if (!present(value)) {
            return;
        }
        if ("any".equalsIgnoreCase(value.trim())) {
            q.append(" and ").append(column).append(" <> '||'");
            return;
        }
        like(q, params, column, value, false);
    }
}
