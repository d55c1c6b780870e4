package nl.kringloop.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/methodologies}: every plugin jar in the plugins directory, loaded or failed, with its extensions. */
@Path("methodologies")
@RequestScoped
@Tag(name = "methodologies")
public class MethodologyResource {

    /** The listing. */
    @Schema(name = "MethodologyList")
    public record MethodologyList(
            @Schema(description = "absolute plugins directory") String pluginsDirectory,
            @Schema(description = "time limit of one call into plugin code, milliseconds") long callTimeoutMs,
            List<PluginStatus> plugins) {
    }

    @Inject
    PluginHost host;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List methodology plugins",
            description = "Every plugin jar found in the plugins directory: id, version, provider, state (STARTED,"
                    + " FAILED, FAILED_TO_LOAD …) with the reason of a failure, and its extensions with the source"
                    + " document and section each implements.")
    @APIResponse(responseCode = "200", description = "the plugins",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MethodologyList.class)))
    public MethodologyList list() {
        PluginRegistry r = host.registry();
        return new MethodologyList(r.pluginsDir().toString(), r.callTimeout().toMillis(), r.status());
    }
}
