package nl.kringloop.platform;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the database said, by SQL state, anywhere in an exception's causes (JPA, the transaction manager and the
 * JDBC driver each wrap it): a constraint violation (a unique id taken at the same moment, 409), or a refusal that
 * says nothing about the request, only about the moment, so the same transaction repeated can succeed
 * ({@link TransactionalProblems.Outer} repeats it; what is still refused is a 503 {@code busy} problem).
 */
final class SqlStates {

    /**
     * Passing refusals: Derby {@code X0Y84} (too much contention on an identity column's sequence), {@code 40XL1}
     * and {@code 40XL2} (lock time-out), {@code 40001} (deadlock on Derby, serialisation failure on PostgreSQL);
     * PostgreSQL {@code 40P01} (deadlock) and {@code 55P03} (lock not available).
     */
    private static final Set<String> TRANSIENT = Set.of("X0Y84", "40XL1", "40XL2", "40001", "40P01", "55P03");

    private SqlStates() {
    }

    static boolean transientRefusal(Throwable t) {
        return any(t, TRANSIENT::contains);
    }

    /** SQL state class 23: an integrity constraint, e.g. a unique id taken by a concurrent request */
    static boolean constraintViolation(Throwable t) {
        return any(t, state -> state.startsWith("23"));
    }

    private static boolean any(Throwable t, Predicate<String> state) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && state.test(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
