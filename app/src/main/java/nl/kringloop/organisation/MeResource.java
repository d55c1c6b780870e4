package nl.kringloop.organisation;

import nl.kringloop.platform.Caller;
import nl.kringloop.platform.PageLinks;
import nl.kringloop.platform.Paging;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * {@code /api/me}: who the presented token belongs to, and that person's own tokens — for the administrator,
 * who belongs to no organisation, the only place to list, add and revoke them without a restart.
 */
@Path("me")
@RequestScoped
@Tag(name = "organisations")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    PageLinks links;

    @Inject
    Caller caller;

    @Inject
    PersonTokens tokens;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER, Roles.CALCULATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The caller's account and roles")
    @APIResponse(responseCode = "200", description = "the account the token belongs to", content = @Content(
            schema = @Schema(implementation = OrganisationResource.PersonView.class)))
    @APIResponse(responseCode = "401", description = "no valid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganisationResource.PersonView me() {
        return OrganisationResource.PersonView.of(caller.require());
    }

    @GET
    @Path("tokens")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER, Roles.CALCULATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List the caller's own tokens (without secrets)", description = "Also the governance"
            + " administrator's: the configured, the generated and the added ones, revoked ones with revokedAt.")
    @APIResponse(responseCode = "200", description = "the tokens, oldest first", content = @Content(
            schema = @Schema(implementation = OrganisationResource.TokenView.class, type = SchemaType.ARRAY)))
    public List<OrganisationResource.TokenView> myTokens(
            @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
            @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(offset, limit);
        List<ApiToken> all = tokens.of(caller.require().id());
        links.page(page, all.size());
        return page.apply(all).stream().map(OrganisationResource.TokenView::of).toList();
    }

    @POST
    @Path("tokens")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER, Roles.CALCULATOR})
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a new token for the caller, shown once", description = "Optional body"
            + " {\"label\": \"…\"} (at most 200 characters). A person whose authorisation was withdrawn has no valid"
            + " token to call this with.")
    @APIResponse(responseCode = "201", description = "the token", content = @Content(
            schema = @Schema(implementation = OrganisationResource.IssuedToken.class)))
    @RequestBody(required = false, description = "optional: a label for the token", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationBodies.TokenRequest.class)))
    public Response newToken(String body) {
        Person a = caller.require();
        OrganisationResource.IssuedToken issued = tokens.issue(caller, a, OrganisationResource.tokenLabel(body));
        return Response.created(URI.create("me/tokens/" + issued.info().id())).entity(issued).build();
    }

    @DELETE
    @Path("tokens/{token}")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER, Roles.CALCULATOR})
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Revoke one of the caller's tokens", description = "Takes effect at once: the token answers"
            + " 401 from the next request on. The administrator's last valid token cannot be revoked (409); create a"
            + " new one first.")
    @APIResponse(responseCode = "204", description = "revoked")
    @APIResponse(responseCode = "404", description = "no such token of the caller", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the administrator's last valid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@PathParam("token") String tokenId) {
        tokens.revoke(caller, caller.require(), tokenId);
        return Response.noContent().build();
    }
}
