package nl.kringloop.platform;

import nl.kringloop.api.impact.FactorFile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Which method, plugin and version produced a figure — shown with every result (issue 7, point 6).
 *
 * @param factorFile the factor data file and its source; {@code null} for methods without one (CPF, MCI)
 */
@Schema(name = "MethodProvenance")
public record MethodView(@Schema(example = "cpf") String id, @Schema(example = "Kringloop CPF / CPFx") String name,
                         String description, @Schema(example = "cpf") String plugin,
                         @Schema(example = "0.1.0-SNAPSHOT") String pluginVersion,
                         @Schema(example = "[\"Kringloop CPF 1.1 docs/methods/cpf.md\"]") List<String> implementsRules,
                         @Schema(example = "AVAILABLE") String state, FactorFile factorFile) {

    public static MethodView of(HostedExtension<?> ext, FactorFile factorFile) {
        return new MethodView(ext.id(), ext.info().name(), ext.info().description(), ext.pluginId(),
                ext.pluginVersion(), ext.info().implementsRules().stream().map(Object::toString).toList(),
                ext.state().name(), factorFile);
    }
}
