package nl.kringloop.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The request bodies of portfolios and ad-hoc analyses as the OpenAPI document declares them, with the limits
 * {@link PortfolioService} and {@link PortfolioItem} enforce. Documentation only: the resources read the body
 * themselves (JsonInput), so that every refusal names the field.
 */
final class AnalysisBodies {

    private AnalysisBodies() {
    }

    @Schema(name = "PortfolioRequest", requiredProperties = {"name", "items"})
    record PortfolioRequest(@Schema(minLength = 1, maxLength = 200, example = "tender 2026-17") String name,
                            @Schema(name = "public", description = "readable by anyone; default false") Boolean isPublic,
                            @Schema(description = "default: the caller's organisation") String organisationId,
                            @Schema(maxItems = PortfolioItem.MAX_ITEMS) List<PortfolioItem> items) {
    }

    @Schema(name = "AdHocAnalysisRequest", requiredProperties = {"items"})
    record AdHocRequest(@Schema(example = "tender 2026-17 offers") String name,
                        @Schema(maxItems = PortfolioItem.MAX_ITEMS) List<PortfolioItem> items) {
    }
}
