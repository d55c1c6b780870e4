package nl.kringloop.organisation;

import nl.kringloop.platform.JsonInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The request bodies of {@code /api/organisations} as the OpenAPI document declares them, with the limits
 * {@link OrganisationResource} enforces. Documentation only: the resource reads the body itself (JsonInput), so that
 * every refusal names the field.
 */
final class OrganisationBodies {

    private OrganisationBodies() {
    }

    /** the roles an organisation's person can have; the administrator role is never granted (condition 16) */
    @Schema(name = "PersonRole")
    enum Role { submitter, calculator }

    @Schema(name = "OrganisationRequest", requiredProperties = {"name"})
    record OrganisationRequest(@Schema(minLength = 1, maxLength = 200, example = "Voorbeeld Computers B.V.") String name,
                               @Schema(maxLength = 100, example = "KvK 12345678") String identifier) {
    }

    @Schema(name = "PersonRequest", requiredProperties = {"name"})
    record PersonRequest(@Schema(minLength = 1, maxLength = 200, example = "Anna de Vries") String name,
                         @Schema(maxLength = 200, example = "anna@voorbeeld.nl") String email,
                         @Schema(description = "default: [submitter]") List<Role> roles) {
    }

    @Schema(name = "RolesRequest", requiredProperties = {"roles"})
    record RolesRequest(List<Role> roles) {
    }

    @Schema(name = "TokenRequest")
    record TokenRequest(@Schema(maxLength = 200, example = "laptop") String label) {
    }
}
