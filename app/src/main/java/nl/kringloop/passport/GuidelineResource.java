package nl.kringloop.passport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code /api/guideline/versions}: the guideline is versioned and revised twice a year (conditions 19, 20). */
@Path("guideline/versions")
@RequestScoped
@Tag(name = "guideline")
@Produces(MediaType.APPLICATION_JSON)
public class GuidelineResource {

    @Inject
    PageLinks pageLinks;

    @Inject
    Guidelines guidelines;

    @Inject
    Caller caller;

    @GET
    @PermitAll
    @Operation(summary = "List guideline versions", description = "The first, 2025-1, is the seed: it requires A1.1–C4.1.")
    @APIResponse(responseCode = "200", description = "every version, oldest first", content = @Content(
            schema = @Schema(implementation = PassportViews.GuidelineView.class, type = SchemaType.ARRAY)))
    public List<PassportViews.GuidelineView> list(
            @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
            @QueryParam("limit") Integer limit) {
        return pageLinks.pageOf(guidelines.all(), offset, limit).stream().map(PassportViews.GuidelineView::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Show a guideline version")
    @APIResponse(responseCode = "200", description = "the version", content = @Content(
            schema = @Schema(implementation = PassportViews.GuidelineView.class)))
    @APIResponse(responseCode = "404", description = "no such version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PassportViews.GuidelineView show(@PathParam("id") String id) {
        return PassportViews.GuidelineView.of(guidelines.find(id)
                .orElseThrow(() -> DomainException.unknown("Guideline version", id)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Define a guideline version (governance administrator)",
            description = "Which codes are required, optional or new. Codes of the catalogue (A1.1–C4.1) or new codes"
                    + " of the same form (e.g. D1.1); a new code must be listed under 'new'. A code may appear once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PassportBodies.GuidelineVersionRequest.class)))
    @APIResponse(responseCode = "201", description = "defined; a new code not listed as required becomes optional",
            content = @Content(schema = @Schema(implementation = PassportViews.GuidelineView.class)))
    @APIResponse(responseCode = "400", description = "a bad or repeated code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the id exists", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response define(String body) {
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        String id = JsonInput.string(JsonInput.required(o, "id", ""), "id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            throw DomainException.invalid("id", "id: letters, digits, '.', '_' and '-', at most 40");
        }
        String title = JsonInput.optional(o, "title").map(v -> JsonInput.string(v, "title")).orElse("Guideline " + id);
        String notes = JsonInput.optional(o, "notes").map(v -> JsonInput.string(v, "notes")).orElse(null);
        Set<String> seen = new HashSet<>();
        List<String> added = codes(o, "new", seen, Set.of());
        List<String> required = codes(o, "required", seen, Set.copyOf(added));
        List<String> optional = codes(o, "optional", seen, Set.copyOf(added));
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        added.stream().filter(c -> !all.contains(c)).forEach(optional::add);
        GuidelineVersion g = guidelines.publish(caller, id, title, required, optional, added, notes);
        return Response.created(URI.create("guideline/versions/" + g.id())).entity(PassportViews.GuidelineView.of(g)).build();
    }

    private static List<String> codes(JsonObject o, String name, Set<String> seen, Set<String> added) {
        List<String> out = new ArrayList<>();
        JsonArray a = JsonInput.optional(o, name).map(v -> JsonInput.array(v, name)).orElse(JsonValue.EMPTY_JSON_ARRAY);
        for (int i = 0; i < a.size(); i++) {
            String field = name + "[" + i + "]";
            String code = JsonInput.string(a.get(i), field);
            boolean catalogued = GuidelineCodes.CATALOGUE.containsKey(code);
            if ("new".equals(name)) {
                if (catalogued || !GuidelineCodes.FORM.matcher(code).matches()) {
                    throw DomainException.invalid(field, field + ": '" + code + "' is "
                            + (catalogued ? "already a code of the guideline" : "not of the form A1.1"));
                }
            } else if (!catalogued && !added.contains(code)) {
                throw DomainException.invalid(field, field + ": '" + code + "' is not a code of the guideline;"
                        + " list a new code under 'new'");
            }
            if ("new".equals(name) ? !seen.add(code) : !seen.add(name + ":" + code) || seen.contains(other(name) + ":" + code)) {
                throw DomainException.invalid(field, field + ": '" + code + "' appears twice");
            }
            out.add(code);
        }
        return out;
    }

    private static String other(String name) {
        return "required".equals(name) ? "optional" : "required";
    }
}
