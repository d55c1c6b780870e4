package nl.kringloop.impact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * The body of {@code POST /api/methods/{method}/apply} as the OpenAPI document declares it (the rules of
 * {@link ImpactProfileReader}). Documentation only: the resource reads the body itself, naming the bad field.
 */
final class ImpactBodies {

    private ImpactBodies() {
    }

    @Schema(name = "ImpactProfileRequest", requiredProperties = {"values"})
    record Profile(@Schema(minProperties = 1, description = "indicator code of the method → its midpoint value")
                   Map<String, Value> values) {
    }

    @Schema(name = "ImpactProfileValue", requiredProperties = {"value", "unit"})
    record Value(@Schema(example = "1000") double value, @Schema(minLength = 1, example = "kg CO2-eq") String unit) {
    }
}
