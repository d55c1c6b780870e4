package nl.kringloop.mki.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON body of {@code POST /api/mki/projects/{id}/realisation} as the OpenAPI document declares it (the rules of
 * {@link Realisation}). Documentation only: the resource reads the body itself, naming every bad field.
 */
final class RealisationBodies {

    private RealisationBodies() {
    }

    @Schema(name = "MkiRealisationUpdate", requiredProperties = {"lines"})
    record Update(List<LineUpdate> lines) {
    }

    @Schema(name = "MkiRealisationLine", requiredProperties = {"line", "status"})
    record LineUpdate(@Schema(example = "L1") String line,
                      @Schema(minimum = "0", description = "required once the line is in progress or realised")
                      Double realisedQuantity,
                      @Schema(enumeration = {"planned", "in-progress", "realised", "removed"}) String status,
                      @Schema(description = "must be the line's unit") String unit,
                      @Schema(description = "today when a line starts without one") LocalDate appliedOn,
                      @Schema(enumeration = {"quantity", "financial"}, defaultValue = "quantity") String monitoring,
                      @Schema(minimum = "0", maximum = "1", description = "financial monitoring of restscope lines only")
                      Double spentShare) {
    }
}
