package nl.kringloop.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/me}: who the presented token belongs to; lets a client check its token. */
@Path("me")
@RequestScoped
@Tag(name = "organisations")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER, Roles.CALCULATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The caller's account and roles")
    @APIResponse(responseCode = "200", description = "the account the token belongs to", content = @Content(
            schema = @Schema(implementation = OrganisationResource.PersonView.class),
            examples = @ExampleObject(name = "submitter", value = OrganisationResource.PERSON_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "no valid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no token", value = """
                    {"type": "https://kringloop.nl/problems/unauthorized", "title": "Unauthorized", "status": 401,
                     "detail": "This request needs an API token with role admin or submitter or calculator: Authorization: Bearer <token>"}""")))
    public OrganisationResource.PersonView me() {
        return OrganisationResource.PersonView.of(caller.require());
    }
}
