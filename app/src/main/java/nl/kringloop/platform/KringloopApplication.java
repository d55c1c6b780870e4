package nl.kringloop.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API under {@code /api}; its OpenAPI document is at {@code /openapi}, browsable at {@code /openapi/ui}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Kringloop", version = "0.1.0",
                description = "Open register and calculation server for the circular economy: the Dutch circular"
                        + " product passport guideline and Rijkswaterstaat's MKI protocol. Errors are RFC 9457"
                        + " application/problem+json. Money and impact figures are IEEE doubles, never rounded by"
                        + " the API (round only for presentation).",
                license = @License(name = "EUPL-1.2")),
        tags = {
                @Tag(name = "methodologies", description = "Loaded methodology plugins and their extensions"),
                @Tag(name = "weighting", description = "MKI shadow-price sets (NMD set 1, set 2)"),
                @Tag(name = "mki", description = "MKI calculation (RWS protocol \"Berekenen en aantonen MKI-waarde\")"),
                @Tag(name = "mki-cards", description = "Product-card library, imported per NMD date-version (§1.4)"),
                @Tag(name = "mki-projects", description = "Stored MKI projects, variants, comparison, results, export"),
                @Tag(name = "organisations", description = "Organisations and the people authorised to submit their"
                        + " data (guideline §3.3 condition 5); personal API tokens"),
                @Tag(name = "passports", description = "Circular product passports (guideline §3.1): drafts,"
                        + " published versions, derivations, completeness, feedback, export"),
                @Tag(name = "guideline", description = "Versions of the guideline: which codes are required (conditions 19, 20)"),
                @Tag(name = "reference", description = "Versioned reference lists: EU critical raw materials, RIVM ZZS"),
                @Tag(name = "transparency", description = "The public hash-chained log of every published version,"
                        + " its signed checkpoints and the full public export (docs/transparency-log.md)")
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Personal API token: Authorization: Bearer kl_…; absent for public reads")
// the roles of the register (docs/passport-register.md); the identity store's groups carry the same names
@DeclareRoles({Roles.ADMIN, Roles.SUBMITTER, Roles.CALCULATOR})
public class KringloopApplication extends Application {
}
