package nl.kringloop.transparency;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The transparency log, public: pages of entries, the signed head, the register's public key. */
@Path("log")
@Tag(name = "transparency")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class LogResource {

    static final int MAX_PAGE = 1000;

    @Schema(name = "LogEntry", description = "entry n of the log; entryHash = SHA-256 (hex) of the canonical JSON of"
            + " the other seven fields; previousHash = entry n − 1's entryHash (64 zeros for entry 1)")
    public record EntryView(long sequence, @Schema(example = "2026-12-02T17:16:19.735Z") String time,
                            @Schema(example = "passport-version") String kind, String id, int version,
                            String contentHash, String previousHash, String entryHash) {
        static EntryView of(LogEntry e) {
            return new EntryView(e.sequence(), e.loggedAt(), e.kind(), e.subjectId(), e.version(), e.contentHash(),
                    e.previousHash(), e.entryHash());
        }
    }

    @Schema(name = "LogPage", description = "entries from 'from' on, in order; next is the URL of the following page,"
            + " null when this page reached the end of the log")
    public record Page(List<EntryView> entries, String next) {
    }

    @Schema(name = "LogCheckpoint", description = "the register's Ed25519 signature (Base64) over the canonical JSON of"
            + " {sequence, entryHash, time, keyId}: the log had 'sequence' entries, the last one's hash is entryHash")
    public record CheckpointView(long sequence, String entryHash, String time, String keyId, String signature,
                                 @Schema(description = "the exact text that was signed") String signed) {
        static CheckpointView of(LogCheckpoint c) {
            return new CheckpointView(c.sequence(), c.entryHash(), c.signedAt(), c.keyId(), c.signature(),
                    TransparencyLog.checkpointJson(c.sequence(), c.entryHash(), c.signedAt(), c.keyId()));
        }
    }

    @Schema(name = "LogKey", description = "the register's checkpoint-signing key")
    public record KeyView(@Schema(example = "Ed25519") String algorithm,
                          @Schema(description = "Base64 of the X.509 SubjectPublicKeyInfo encoding") String publicKey,
                          @Schema(description = "hex SHA-256 of that encoding") String keyId) {
    }

    @Inject
    TransparencyLog log;

    @GET
    @PermitAll
    @Operation(summary = "Page through the transparency log",
            description = "Every published passport version (and, as they come, issued MKI and due-diligence reports),"
                    + " hash-chained. Entries are never changed or removed; docs/transparency-log.md says how to verify.")
    @APIResponse(responseCode = "200", description = "a page of entries", content = @Content(
            schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "from or limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page entries(@Parameter(description = "first sequence number, from 1") @QueryParam("from") @DefaultValue("1") long from,
                        @Parameter(description = "at most this many entries, 1–1000") @QueryParam("limit") @DefaultValue("100") int limit) {
        if (from < 1) {
            throw DomainException.invalid("from", "from: the log starts at sequence 1");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw DomainException.invalid("limit", "limit: between 1 and " + MAX_PAGE);
        }
        List<EntryView> entries = log.entries(from, limit).stream().map(EntryView::of).toList();
        String next = entries.size() < limit ? null
                : "/api/log?from=" + (entries.get(entries.size() - 1).sequence() + 1) + "&limit=" + limit;
        return new Page(entries, next);
    }

    @GET
    @Path("checkpoint")
    @PermitAll
    @Operation(summary = "The signed head of the log",
            description = "The newest checkpoint, signed for the head when entries came after the last one.")
    @APIResponse(responseCode = "200", description = "the checkpoint", content = @Content(
            schema = @Schema(implementation = CheckpointView.class)))
    @APIResponse(responseCode = "404", description = "the log is empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CheckpointView checkpoint() {
        return log.checkpoint().map(CheckpointView::of)
                .orElseThrow(() -> DomainException.unknown("Checkpoint", "head (the log has no entries yet)"));
    }

    @GET
    @Path("key")
    @PermitAll
    @Operation(summary = "The public key checkpoints are signed with")
    @APIResponse(responseCode = "200", description = "the key", content = @Content(
            schema = @Schema(implementation = KeyView.class)))
    public KeyView key() {
        return new KeyView("Ed25519", log.key().publicKeyBase64(), log.key().keyId());
    }
}
