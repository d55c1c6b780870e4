package nl.kringloop.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else uses the database: the versioned scripts of
 * {@code db/migration/<database>/} on the class path (Flyway), one folder per database because their DDL differs.
 * EclipseLink creates no tables ({@code persistence.xml}); {@code docs/operations.md} says how to write a script.
 * <p>
 * A database made before migrations existed has today's tables and no history: it is taken as version 1 (the
 * baseline, {@code V1__baseline.sql}) and only the later scripts run on it. Flyway locks the history table while it
 * migrates (on PostgreSQL with an advisory lock), so servers that start at once migrate one after the other.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "jdbc/kringloop")
    DataSource dataSource;

    /** @return the database the data source reaches: "derby" or "postgresql" */
    public String database() {
        return database(dataSource);
    }

    void migrate() {
        MigrateResult r = migrate(dataSource, getClass().getClassLoader());
        LOG.info(() -> "Database schema " + database() + ": " + (r.migrationsExecuted == 0 ? "up to date"
                : r.migrationsExecuted + " migration(s) applied, now at version " + r.targetSchemaVersion));
    }

    /** Applies every pending script of the database's folder; public for the schema tests, which run it on their own. */
    public static MigrateResult migrate(DataSource dataSource, ClassLoader loader) {
        String location = "classpath:db/migration/" + database(dataSource);
        return Flyway.configure(loader)
                .dataSource(dataSource)
                // each folder (and Flyway's default db/callback) holds an empty flyway.location: Liberty's class
                // loader lists a folder only through a file in it. A folder that cannot be read stops the start
                // instead of leaving the schema empty
                .locations(location)
                .failOnMissingLocations(true)
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .baselineDescription("schema of Kringloop before migrations")
                // the scripts of helpers merged out of order (V3 before V2 landed) still run
                .outOfOrder(true)
                .load()
                .migrate();
    }

    /**
     * Runs the start-up seeding (administrator, reference lists, guideline version, demo) while no other server on
     * this database does: on PostgreSQL under a session advisory lock, so that of two servers starting at once the
     * second finds what the first stored instead of storing it again. Embedded Derby has one server by nature.
     */
    void exclusively(Runnable seeding) {
        if (!"postgresql".equals(database())) {
            seeding.run();
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("select pg_advisory_lock(" + SEEDING_LOCK + ")");
            try {
                seeding.run();
            } finally {
                // the pool keeps the session: give the lock back before the connection goes back to it
                s.execute("select pg_advisory_unlock(" + SEEDING_LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the start-up lock on the database: " + e.getMessage(), e);
        }
    }

    /** an arbitrary key of the register's own ("KRNGLP" in ASCII) */
    private static final long SEEDING_LOCK = 0x4B524E474C50L;

    static String database(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("derby")) {
                return "derby";
            }
            if (product.contains("postgres")) {
                return "postgresql";
            }
            throw new IllegalStateException("Kringloop has migrations for Derby and PostgreSQL, not for " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database jdbc/kringloop: " + e.getMessage(), e);
        }
    }
}
