package nl.kringloop.analysis;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.kringloop.passport.PassportService;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/passports/{id}/analysis}: the §3.2 analyses of one published passport, and version n against m. */
@Path("passports/{id}/analysis")
@RequestScoped
@Tag(name = "analyses")
@Produces(MediaType.APPLICATION_JSON)
public class PassportAnalysisResource {

    @Inject
    AnalysisService analyses;

    @Inject
    PassportService passports;

    @Schema(name = "VersionComparison", description = "version n against m: what changed, value by value, and its effect")
    public record VersionComparison(String passportId, int from, int to, String fromSha256, String toSha256,
                                    List<DocumentDiff.ValueChange> changes, List<KeyFigures.Change> effect,
                                    Analysis fromAnalysis, Analysis toAnalysis) {
    }

    @GET
    @PermitAll
    @Operation(summary = "The §3.2 analyses of one passport (the latest published version, or ?version=n), one unit")
    @APIResponse(responseCode = "200", description = "the analysis", content = @Content(
            schema = @Schema(implementation = Analysis.class)))
    @APIResponse(responseCode = "404", description = "no such passport or published version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Analysis analysis(@PathParam("id") String id, @QueryParam("version") Integer version,
                             @QueryParam("supplyRisk") String supplyRisk) {
        return one(id, version, "version", supplyRisk);
    }

    @GET
    @Path("compare")
    @PermitAll
    @Operation(summary = "Version n against version m of a passport",
            description = "from, to: published versions (default: the one before the latest, the latest).")
    @APIResponse(responseCode = "200", description = "changes and their effect on each analysis", content = @Content(
            schema = @Schema(implementation = VersionComparison.class)))
    @APIResponse(responseCode = "404", description = "no such passport or published version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionComparison compare(@PathParam("id") String id, @QueryParam("from") Integer from,
                                     @QueryParam("to") Integer to, @QueryParam("supplyRisk") String supplyRisk) {
        ProductFacts latest = analyses.version(id, null, "id");
        int m = to == null ? latest.version() : to;
        int n = from == null ? m - 1 : from;
        if (n < 1) {
            throw DomainException.invalid("from", "from: passport " + id + " has one published version; nothing to compare");
        }
        ProductFacts a = analyses.version(id, n, "from"), b = analyses.version(id, m, "to");
        Analysis x = analyses.analyse(subject(a), List.of(new PortfolioAnalysis.Holding(a, 1)), supplyRisk, 1);
        Analysis y = analyses.analyse(subject(b), List.of(new PortfolioAnalysis.Holding(b, 1)), supplyRisk, 1);
        var docA = AnalysisService.parse(passports.version(id, n).orElseThrow().documentJson());
        var docB = AnalysisService.parse(passports.version(id, m).orElseThrow().documentJson());
        return new VersionComparison(id, n, m, a.sha256(), b.sha256(), DocumentDiff.diff(docA, docB),
                KeyFigures.changes(KeyFigures.of(x), KeyFigures.of(y)), x, y);
    }

    private Analysis one(String id, Integer version, String field, String supplyRisk) {
        ProductFacts f = analyses.version(id, version, field);
        return analyses.analyse(subject(f), List.of(new PortfolioAnalysis.Holding(f, 1)), supplyRisk, 1);
    }

    private static PortfolioAnalysis.Subject subject(ProductFacts f) {
        return new PortfolioAnalysis.Subject("passport", f.key(), f.name(), 1);
    }
}
