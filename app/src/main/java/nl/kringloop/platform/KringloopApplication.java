package nl.kringloop.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
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
                @Tag(name = "mki", description = "MKI calculation (RWS protocol \"Berekenen en aantonen MKI-waarde\")")
        })
public class KringloopApplication extends Application {
}
