package nl.kringloop.platform;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What {@code GET /api/methodologies} shows of one plugin jar.
 *
 * @param id         the plugin id from its manifest, or the jar's file name when it could not be read
 * @param version    the plugin version (semantic version) from its manifest
 * @param provider   who made it
 * @param description from the manifest
 * @param state      STARTED, FAILED (start threw or timed out), FAILED_TO_LOAD (unreadable jar), …
 * @param reason     why it failed; null when it did not
 * @param path       the jar's file name in the plugins directory
 * @param extensions the extensions it provides
 */
@Schema(name = "Plugin")
public record PluginStatus(String id, String version, String provider, String description,
                           @Schema(example = "STARTED") String state, String reason, String path,
                           List<ExtensionStatus> extensions) {

    /**
     * One extension of a plugin.
     *
     * @param extensionPoint simple name of the api interface, e.g. {@code ImpactWeighting}
     * @param implementsRules the source documents and sections it implements, e.g. "RWS-MKI 4.0 §1.1"
     * @param state AVAILABLE, FAILED (last call threw), QUARANTINED (timed out: no longer called), BROKEN
     *              (could not be created or described)
     */
    @Schema(name = "PluginExtension")
    public record ExtensionStatus(@Schema(example = "ImpactWeighting") String extensionPoint,
                                  @Schema(example = "nmd-set-1") String id, String name, String description,
                                  List<String> implementsRules, String className,
                                  @Schema(example = "AVAILABLE") String state, String reason) {
    }
}
