package nl.kringloop.transparency;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Which database the integration-test server runs on (system properties set by the build), and for the PostgreSQL
 * round a direct JDBC connection to it: the tests that tamper with stored rows, restore backups or count seeded rows.
 */
final class Databases {

    static final String DATABASE = System.getProperty("kringloop.database", "derby");
    static final String PG_URL = System.getProperty("kringloop.pg.url");
    static final String SECOND_BASE_URI = System.getProperty("kringloop.secondBaseUri");

    private Databases() {
    }

    static boolean postgresql() {
        return "postgresql".equals(DATABASE) && PG_URL != null;
    }

    static Connection connect() throws SQLException {
        return connect(PG_URL);
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "kringloop", System.getProperty("kringloop.pg.password"));
    }
}
