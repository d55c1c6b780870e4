package nl.kringloop.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/**
 * {@code POST /api/admin/backups}: an online backup of the embedded Derby database while the server runs (Derby's
 * {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}, a consistent copy taken inside the server's JVM, the only process that
 * can open the database). PostgreSQL is backed up with {@code pg_dump} instead (docs/operations.md).
 */
@Path("admin/backups")
@RequestScoped
@Tag(name = "organisations")
public class BackupResource {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Resource(lookup = "jdbc/kringloop")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "kringloop.backup.dir")
    String backupDir;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Migrations migrations;

    @Schema(name = "Backup", description = "an online copy of the Derby database")
    public record Backup(@Schema(description = "folder of this backup on the server; it holds the database folder,"
            + " which replaces kringloop.db.dir on restore", example = "/srv/kringloop/backups/20261203T141500Z")
                         String path,
                         @Schema(example = "2026-12-03T14:15:00Z") String takenAt,
                         @Schema(description = "bytes of all files of the copy", example = "48123904") long sizeBytes) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Take an online backup of the embedded Derby database (administrator)",
            description = "A consistent copy while the server runs, into a new folder under kringloop.backup.dir."
                    + " Restore: stop the server, put the copy's database folder in place of kringloop.db.dir,"
                    + " start it (docs/operations.md). On PostgreSQL: 409, use pg_dump.")
    @APIResponse(responseCode = "201", description = "taken", content = @Content(
            schema = @Schema(implementation = Backup.class)))
    @APIResponse(responseCode = "409", description = "the database is PostgreSQL", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response backup() {
        if (!"derby".equals(migrations.database())) {
            throw DomainException.conflict("The register runs on PostgreSQL: back it up with pg_dump"
                    + " (docs/operations.md)");
        }
        Instant at = Instant.now();
        java.nio.file.Path target = java.nio.file.Path.of(backupDir).toAbsolutePath().normalize().resolve(STAMP.format(at));
        if (Files.exists(target)) {
            throw DomainException.conflict("A backup was taken this second (" + target.getFileName() + "); try again");
        }
        try (Connection c = dataSource.getConnection();
             CallableStatement s = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            Files.createDirectories(target);
            s.setString(1, target.toString());
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Derby backup into " + target + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the backup folder " + target, e);
        }
        audit.record(caller, "backup-database", "database", "derby", target.toString());
        Backup b = new Backup(target.toString(), at.toString(), size(target));
        return Response.status(Response.Status.CREATED).entity(b).build();
    }

    private static long size(java.nio.file.Path dir) {
        try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
