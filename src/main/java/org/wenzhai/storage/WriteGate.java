package org.wenzhai.storage;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Keeps a backup from copying the database while a transaction is half-way through its writes.
 *
 * <p>H2's {@code BACKUP TO} stores the open maps and copies the file, but MVStore stores its maps
 * one by one while other threads write (h2database issue 2080): the copy could hold some rows of
 * a transaction still running without the undo log that would roll them back, so a restored
 * backup showed half an imported document as if it had been committed. Every transaction of the
 * library passes this gate (shared, as many at once as there are), and a backup closes it
 * ({@link #exclusive}): it waits for the transactions already running to end and holds new ones
 * back until the copy is written. Writes outside a transaction are not gated: every write of the
 * library runs in one.
 */
final class WriteGate {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** Runs {@code work} with no transaction running; transactions that begin meanwhile wait. */
    <T> T exclusive(Supplier<T> work) {
        if (lock.getReadHoldCount() > 0) {
            throw new IllegalStateException("a backup cannot be taken inside a transaction");
        }
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Wraps Jdbi's transaction handler so that each transaction holds the gate open while it runs. */
    TransactionHandler around(TransactionHandler handler) {
        return new Gated(handler);
    }

    private final class Gated extends DelegatingTransactionHandler {
        Gated(TransactionHandler delegate) {
            super(delegate);
        }

        @Override
        public TransactionHandler specialize(Handle handle) throws SQLException {
            return new Gated(getDelegate().specialize(handle));
        }

        @Override
        public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
            lock.readLock().lock();
            try {
                return super.inTransaction(handle, callback);
            } finally {
                lock.readLock().unlock();
            }
        }

        @Override
        public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                        HandleCallback<R, X> callback) throws X {
            lock.readLock().lock();
            try {
                return super.inTransaction(handle, level, callback);
            } finally {
                lock.readLock().unlock();
            }
        }
    }
}
