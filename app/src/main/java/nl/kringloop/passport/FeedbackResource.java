package nl.kringloop.passport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.kringloop.platform.AnonymousWrite;
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
 * {@code /api/passports/{id}/feedback}: remarks on a passport by anyone (guideline §3.3 condition 14), visible to the
 * supplying organisation and the administrator. The operation ids stay those of the passport API
 * ({@code passportGiveFeedback} …) that generated clients call.
 */
@Path("passports/{id}/feedback")
@RequestScoped
@Tag(name = "passports")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @Inject
    FeedbackService feedback;

    @Inject
    PassportService passports;

    @Inject
    PassportAccess access;

    @Inject
    Caller caller;

    @Inject
    Preconditions preconditions;

    @Inject
    PageLinks links;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "Passport_feedback", summary = "Read the feedback on a passport (supplying organisation and administrator, condition 14)")
    @APIResponse(responseCode = "200", description = "the feedback, oldest first", content = @Content(
            schema = @Schema(implementation = PassportViews.FeedbackView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "another organisation's passport", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PassportViews.FeedbackView> feedback(@PathParam("id") String id,
                                                     @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                                                     @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(offset, limit);
        access.requireInsider(passport(id));
        links.page(page, feedback.count(id));
        return feedback.of(id, page).stream().map(PassportViews.FeedbackView::of).toList();
    }

    @POST
    @PermitAll
    @AnonymousWrite
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "Passport_giveFeedback", summary = "Give feedback on a published passport (anyone, condition 14)",
            description = "Open to anonymous callers on purpose: the users of the data are the public (condition 18)"
                    + " and their remarks must reach the supplier. The feedback is visible only to the supplier and"
                    + " the administrator.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PassportBodies.FeedbackRequest.class)))
    @APIResponse(responseCode = "201", description = "received", content = @Content(
            schema = @Schema(implementation = PassportViews.FeedbackView.class)))
    @APIResponse(responseCode = "400", description = "no text, a bad code or a version that is not published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response giveFeedback(@PathParam("id") String id, String body) {
        Passport p = passport(id);
        if (p.latestVersion() == 0) {
            access.requireInsider(p);
        }
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        String text = JsonInput.string(JsonInput.required(o, "text", ""), "text").trim();
        if (text.isEmpty() || text.length() > 4000) {
            throw DomainException.invalid("text", "text: between 1 and 4000 characters");
        }
        int version = JsonInput.optional(o, "version").map(v -> (int) JsonInput.number(v, "version")).orElse(0);
        String code = JsonInput.optional(o, "code").map(v -> JsonInput.string(v, "code")).orElse(null);
        Feedback f = feedback.give(caller, p, new FeedbackService.Remark(text, version, code, short200(o, "authorName"),
                short200(o, "authorContact")));
        return Response.created(URI.create("passports/" + id + "/feedback/" + f.id()))
                .entity(PassportViews.FeedbackView.of(f)).build();
    }

    @GET
    @Path("{feedback}")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "Passport_oneFeedback", summary = "Read one feedback on a passport (the Location of a feedback; supplying organisation and"
            + " administrator, condition 14)")
    @APIResponse(responseCode = "200", description = "the feedback", content = @Content(
            schema = @Schema(implementation = PassportViews.FeedbackView.class)))
    public PassportViews.FeedbackView oneFeedback(@PathParam("id") String id, @PathParam("feedback") String fid) {
        access.requireInsider(passport(id));
        Feedback f = feedback.find(id, fid);
        preconditions.current(FeedbackService.tag(f));
        return PassportViews.FeedbackView.of(f);
    }

    @PUT
    @Path("{feedback}")
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "Passport_setFeedbackStatus", summary = "Set the status of feedback (the supplying organisation's submitter)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PassportBodies.FeedbackStatusChange.class)))
    @APIResponse(responseCode = "200", description = "the feedback with its new status", content = @Content(
            schema = @Schema(implementation = PassportViews.FeedbackView.class)))
    @APIResponse(responseCode = "404", description = "no such feedback on the passport", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public PassportViews.FeedbackView setFeedbackStatus(@PathParam("id") String id, @PathParam("feedback") String fid,
                                                        String body) {
        access.requireSubmitterOf(passport(id));
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        String status = JsonInput.string(JsonInput.required(o, "status", ""), "status");
        String note = JsonInput.optional(o, "note").map(v -> JsonInput.string(v, "note")).orElse(null);
        if (note != null && note.length() > 2000) {
            throw DomainException.invalid("note", "note: at most 2000 characters");
        }
        Feedback f = feedback.setStatus(caller, id, fid, status, note,
                locked -> preconditions.check(FeedbackService.tag(locked)));
        preconditions.current(FeedbackService.tag(f));
        return PassportViews.FeedbackView.of(f);
    }

    private Passport passport(String id) {
        return passports.find(id).orElseThrow(() -> DomainException.unknown("Passport", id));
    }

    private static String short200(JsonObject o, String name) {
        String s = JsonInput.optional(o, name).map(v -> JsonInput.string(v, name).trim()).orElse(null);
        if (s != null && s.length() > 200) {
            throw DomainException.invalid(name, name + ": at most 200 characters");
        }
        return s;
    }
}
