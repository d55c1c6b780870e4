package nl.kringloop.platform;

import java.sql.SQLException;
import java.util.Set;

/**
 * A database refusal that says nothing about the request, only about the moment: the same transaction, repeated,
 * can succeed. {@link TransactionalProblems.Outer} repeats such a transaction; what is still refused after that
 * is a 503 {@code busy} problem with {@code Retry-After} ({@link ProblemMapper}), never a 500.
 */
final class TransientDatabaseRefusal {

    /**
     * SQL states: Derby {@code X0Y84} (too much contention on an identity column's sequence), {@code 40XL1} and
     * {@code 40XL2} (lock time-out), {@code 40001} (deadlock on Derby, serialisation failure on PostgreSQL);
     * PostgreSQL {@code 40P01} (deadlock) and {@code 55P03} (lock not available).
     */
    private static final Set<String> STATES = Set.of("X0Y84", "40XL1", "40XL2", "40001", "40P01", "55P03");

    private TransientDatabaseRefusal() {
    }

    static boolean is(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && STATES.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
