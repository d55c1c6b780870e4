package nl.kringloop.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public OrganisationResource.PersonView me() {
        return OrganisationResource.PersonView.of(caller.require());
    }
}
