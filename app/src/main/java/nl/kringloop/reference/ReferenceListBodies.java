package nl.kringloop.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * The request body of {@code POST /api/reference/lists} and the list {@code GET /api/reference/lists/{id}} answers,
 * as the OpenAPI document declares them. Documentation only: the resource reads and writes JSON itself
 * ({@link ReferenceListFormat}), so that every refusal names the field.
 */
final class ReferenceListBodies {

    private ReferenceListBodies() {
    }

    static final String TOKEN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,60}$";

    @Schema(name = "ReferenceListRequest", requiredProperties = {"kind", "version", "source", "entries"})
    record Request(@Schema(enumeration = {"eu-crm", "zzs"}) String kind,
                   @Schema(pattern = TOKEN, example = "2026-01") String version,
                   @Schema(pattern = TOKEN, description = "default: kind-version") String id,
                   String title,
                   @Schema(example = "RIVM export 2026-01-15") String source,
                   String note,
                   List<Entry> entries) {
    }

    @Schema(name = "ReferenceListEntry", description = "eu-crm: name, aliases, symbols, cas, members; zzs: cas, ec,"
            + " nameNl, nameEn, regimes. Every CAS number has a valid check digit.")
    record Entry(@Schema(example = "cobalt") String name, List<String> aliases, List<String> symbols,
                 @Schema(example = "7439-92-1") String cas, List<Member> members,
                 String ec, @Schema(example = "lood") String nameNl, @Schema(example = "lead") String nameEn,
                 List<String> regimes) {
    }

    @Schema(name = "ReferenceListMember")
    record Member(String name, String symbol, String cas) {
    }

    @Schema(name = "ReferenceList", description = "a published version of a list, with every entry",
            requiredProperties = {"id", "kind", "version", "title", "source", "demo", "publishedAt", "entryCount",
                    "entries"})
    record Published(String id, @Schema(enumeration = {"eu-crm", "zzs"}) String kind, String version, String title,
                     String source, @Schema(description = "a demo excerpt, not the real list") boolean demo,
                     Instant publishedAt, String publishedBy, int entryCount, String note,
                     List<Entry> entries) {
    }
}
