package nl.kringloop.passport;

import jakarta.json.JsonObject;
import nl.kringloop.api.Finding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the passport API. */
public final class PassportViews {

    private PassportViews() {
    }

    @Schema(name = "Passport", description = "one version of a passport with what the register derives from it")
    public record PassportView(String id, String organisationId, String organisationName,
                               @Schema(example = "2") int version,
                               @Schema(enumeration = {"published", "draft"}) String status,
                               @Schema(description = "the newest published version; 0 when none. Absent on"
                                       + " /versions/{n} of a published version, whose representation never changes:"
                                       + " the passport (/api/passports/{id}) and its version list name the newest")
                               Integer latestPublishedVersion,
                               @Schema(description = "the version number of the working draft, shown to the supplier only")
                               Integer draftVersion,
                               Instant publishedAt, String publishedBy, Instant updatedAt,
                               @Schema(description = "hex SHA-256 of the canonical JSON of 'document' (see docs)")
                               String contentSha256,
                               @Schema(description = "the document as submitted, with guidelineVersion and referenceLists filled in")
                               JsonObject document,
                               PassportDerivation.Result derived,
                               @Schema(description = "where a submitted value disagrees with the derivation, and data-quality notes")
                               List<Finding> findings) {
    }

    @Schema(name = "PassportSummary")
    public record Summary(String id, String organisationId, String productId, String name, String manufacturer,
                          String productGroup, int latestPublishedVersion, Instant publishedAt) {
    }

    @Schema(name = "PassportSearchResult")
    public record SearchResult(List<Summary> items, int offset, int limit,
                               @Schema(description = "how many published passports pass the filters") long total,
                               @Schema(description = "offset of the next page, absent on the last") Integer nextOffset) {
    }

    @Schema(name = "OwnPassportSummary", description = "a passport of the submitter's organisation, draft included")
    public record OwnSummary(String id, String productId, String name, String manufacturer, String productGroup,
                             @Schema(description = "0 when never published") int latestPublishedVersion,
                             @Schema(description = "the working draft's version; absent when there is none")
                             Integer draftVersion, Instant draftUpdatedAt, Instant publishedAt) {
        /** the newer of the draft's change and the publication */
        Instant lastChange() {
            if (draftUpdatedAt == null) {
                return publishedAt;
            }
            return publishedAt == null || draftUpdatedAt.isAfter(publishedAt) ? draftUpdatedAt : publishedAt;
        }
    }

    @Schema(name = "PassportVersionInfo")
    public record VersionInfo(int version, @Schema(enumeration = {"published", "draft"}) String status,
                              Instant publishedAt, String publishedBy, String contentSha256) {
    }

    @Schema(name = "Completeness", description = "per code of the guideline version: present, derived or missing")
    public record Completeness(String passportId, int version, String status, String guidelineVersion, boolean complete,
                               List<String> missingRequired, List<CodeStatus> codes) {
    }

    @Schema(name = "CodeCompleteness")
    public record CodeStatus(@Schema(example = "A1.1") String code,
                             @Schema(enumeration = {"required", "optional", "new"}) String requirement,
                             @Schema(enumeration = {"present", "derived", "missing"}) String status,
                             String description) {
    }

    @Schema(name = "Feedback")
    public record FeedbackView(String id, String passportId, int version, String code, String text, String authorName,
                               String authorContact,
                               @Schema(enumeration = {"open", "acknowledged", "resolved", "rejected"}) String status,
                               String statusNote, Instant createdAt, Instant statusSetAt) {
        static FeedbackView of(Feedback f) {
            return new FeedbackView(f.id(), f.passportId(), f.version(), f.code(), f.text(), f.authorName(),
                    f.authorContact(), f.status(), f.statusNote(), f.createdAt(), f.statusSetAt());
        }
    }

    @Schema(name = "AuditEntry")
    public record AuditView(Instant at, String actorId, String actorName, String action, String detail) {
    }

    @Schema(name = "GuidelineVersion")
    public record GuidelineView(@Schema(example = "2025-1") String id, String title, List<String> required,
                                List<String> optional, @Schema(description = "codes this guideline version adds (new codes)") List<String> added, String notes,
                                Instant publishedAt) {
        static GuidelineView of(GuidelineVersion g) {
            return new GuidelineView(g.id(), g.title(), g.required(), g.optional(), g.added(), g.notes(), g.publishedAt());
        }
    }
}
