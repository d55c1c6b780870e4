package nl.kringloop.platform;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionalProblemsTest {

    private static final RuntimeException CONTENTION = new RuntimeException("rollback",
            new SQLException("Too much contention on sequence", "X0Y84"));

    @Test
    void anOutermostTransactionRefusedForContentionIsRepeatedUntilItSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        // fails twice, then the third attempt commits
        Object result = outer(null).retryTransient(call(calls, n -> n < 3 ? CONTENTION : null));
        assertThat(result).isEqualTo("stored");
        assertThat(calls).hasValue(3);
    }

    @Test
    void afterThreeAttemptsTheRefusalGoesToTheMapper() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> outer(null).retryTransient(call(calls, n -> CONTENTION))).isSameAs(CONTENTION);
        assertThat(calls).hasValue(3);
    }

    @Test
    void otherFaultsAndProblemsAreNotRepeated() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException duplicate = new RuntimeException(new SQLException("duplicate key", "23505"));
        assertThatThrownBy(() -> outer(null).retryTransient(call(calls, n -> duplicate))).isSameAs(duplicate);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aMethodJoiningACallersTransactionLeavesTheRepeatToThatCaller() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> outer("tx-1").retryTransient(call(calls, n -> CONTENTION))).isSameAs(CONTENTION);
        assertThat(calls).hasValue(1);
    }

    private static TransactionalProblems.Outer outer(Object transactionKey) {
        TransactionalProblems.Outer outer = new TransactionalProblems.Outer();
        outer.transactions = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                TransactionalProblemsTest.class.getClassLoader(), new Class<?>[]{TransactionSynchronizationRegistry.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionKey")) {
                        return transactionKey;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return outer;
    }

    /** an invocation whose n-th proceed (from 1) throws what {@code failure} gives, or returns "stored" */
    private static InvocationContext call(AtomicInteger calls, IntFunction<RuntimeException> failure) {
        return (InvocationContext) Proxy.newProxyInstance(TransactionalProblemsTest.class.getClassLoader(),
                new Class<?>[]{InvocationContext.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("proceed")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    RuntimeException e = failure.apply(calls.incrementAndGet());
                    if (e != null) {
                        throw e;
                    }
                    return "stored";
                });
    }
}
