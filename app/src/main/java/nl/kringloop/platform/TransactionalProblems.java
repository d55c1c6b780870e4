package nl.kringloop.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Lets a {@link DomainException} (a refusal, answered 4xx) leave a {@code @Transactional} method without crossing
 * Liberty's transaction interceptor, which files an FFDC incident for a runtime exception that crosses it: each
 * duplicate import or invalid edit looked like a server fault in the logs (26 incidents in one run of the
 * integration tests). The transaction still rolls back, as it would have: {@link Inner}, next to the method, marks
 * it rollback-only and parks the problem; {@link Outer}, outside the transaction interceptor (priority 200 by the
 * Jakarta Transactions spec), throws the problem again once the transaction has ended. Other exceptions pass
 * untouched.
 *
 * <p>{@link Outer} also repeats an outermost transaction that the database refused for a passing reason
 * ({@link SqlStates#transientRefusal}: Derby's contention on an identity column's sequence, a lock time-out, a
 * deadlock or serialisation failure): the transaction has been rolled back whole, so running the method again is
 * what the client would do, and concurrent creations then end as one 201 and 409s rather than a 503.
 */
final class TransactionalProblems {

    /** the problem between Inner and Outer of one call; calls nest strictly, so one slot per thread is enough */
    private static final ThreadLocal<RuntimeException> PARKED = new ThreadLocal<>();

    private static final Map<Class<?>, Object> PRIMITIVE_ZEROS = Map.of(boolean.class, false, char.class, '\0',
            byte.class, (byte) 0, short.class, (short) 0, int.class, 0, long.class, 0L, float.class, 0f,
            double.class, 0d);

    private TransactionalProblems() {
    }

    @Transactional
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 201)
    public static class Inner {

        @Resource
        TransactionSynchronizationRegistry transactions;

        @AroundInvoke
        Object park(InvocationContext call) throws Exception {
            try {
                return call.proceed();
            } catch (DomainException problem) {
                if (transactions.getTransactionKey() == null) {
                    throw problem; // not in a transaction after all: nothing to keep it from
                }
                transactions.setRollbackOnly();
                PARKED.set(problem);
                // what the method "returns" to the transaction interceptor; nobody sees it, but a primitive can't
                // be null
                return PRIMITIVE_ZEROS.get(call.getMethod().getReturnType());
            }
        }
    }

    @Transactional
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 199)
    public static class Outer {

        /** attempts of one outermost transaction: the first and two repeats, 20–80 ms apart at random */
        private static final int ATTEMPTS = 3;

        @Resource
        TransactionSynchronizationRegistry transactions;

        @AroundInvoke
        Object retryTransient(InvocationContext call) throws Exception {
            if (transactions.getTransactionKey() != null) {
                return rethrow(call); // joins a transaction that its outermost caller repeats as a whole
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return rethrow(call);
                } catch (Exception e) {
                    if (attempt == ATTEMPTS || !SqlStates.transientRefusal(e)) {
                        throw e;
                    }
                    Thread.sleep(ThreadLocalRandom.current().nextLong(20, 81));
                }
            }
        }

        private static Object rethrow(InvocationContext call) throws Exception {
            Object result;
            try {
                result = call.proceed();
            } catch (Exception | Error e) {
                throwParked(); // if there is one, e is the rollback the parked problem asked for
                throw e;
            }
            throwParked();
            return result;
        }

        private static void throwParked() {
            RuntimeException parked = PARKED.get();
            PARKED.remove();
            if (parked != null) {
                throw parked;
            }
        }
    }
}
