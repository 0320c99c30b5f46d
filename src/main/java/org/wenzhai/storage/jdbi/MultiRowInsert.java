package org.wenzhai.storage.jdbi;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Inserts rows as {@code INSERT ... VALUES (...), (...), ...} statements of up to {@code rowsPerStatement}
 * rows each, rather than a JDBC batch. One statement is one call into H2 that stops at its first
 * failure: a batch goes on with its next row after a failed write, and on a store that could not
 * write that next row never returns (see {@code GuardedDatabase}). It is also one command to run
 * instead of one per row.
 */
public final class MultiRowInsert {
    private final Handle handle;
    private final String head;
    private final String rowPlaceholders;
    private final int columns;
    private final int rowsPerStatement;
    private final List<Object> values = new ArrayList<>();
    /** Statement texts by their count of rows. */
    private final java.util.Map<Integer, String> statements = new java.util.HashMap<>();

    public MultiRowInsert(Handle handle, String table, List<String> columns, int rowsPerStatement) {
        this.handle = handle;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.rowPlaceholders = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        this.columns = columns.size();
        this.rowsPerStatement = rowsPerStatement;
    }

    /** Adds one row, its values in column order; runs a full statement when one is ready. */
    public void add(Object... row) {
        if (row.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + row.length);
        }
        java.util.Collections.addAll(values, row);
        if (values.size() == columns * rowsPerStatement) {
            run(statementOf(rowsPerStatement));
        }
    }

    /**
     * Inserts the rows added since the last statement, in statements of a power of two rows each
     * (13 rows: 8, 4, 1). H2 parses a statement once per session and keeps it by its text; a
     * statement for every possible rest made one text per count, each parsed again (the parser
     * showed in profiles of storing).
     */
    public void flush() {
        int rows = values.size() / columns;
        int from = 0;
        for (int size = Integer.highestOneBit(rows); size > 0; size >>= 1) {
            if (rows >= size) {
                run(statementOf(size), from, size * columns);
                from += size * columns;
                rows -= size;
            }
        }
        values.clear();
    }

    /** The statement for {@code rows} rows, built once per count. */
    private String statementOf(int rows) {
        return statements.computeIfAbsent(rows, this::statement);
    }

    private String statement(int rows) {
        StringBuilder sb = new StringBuilder(head.length() + rows * (rowPlaceholders.length() + 2));
        sb.append(head);
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? "" : ", ").append(rowPlaceholders);
        }
        return sb.toString();
    }

    private void run(String sql) {
        run(sql, 0, values.size());
        values.clear();
    }

    /**
     * Runs {@code sql} with the {@code count} values from index {@code from}, on the handle's own
     * connection: the same connection and transaction as Jdbi's, without its argument binding per
     * value (a thousand values a statement) and its statement-text parsing.
     */
    private void run(String sql, int from, int count) {
        try (PreparedStatement ps = handle.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                ps.setObject(i + 1, values.get(from + i));
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e.getMessage(), e, null);
        }
    }
}
