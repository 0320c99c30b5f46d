package org.wenzhai.storage.jdbi;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

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
    private String fullStatement;

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
            if (fullStatement == null) {
                fullStatement = statement(rowsPerStatement);
            }
            run(fullStatement);
        }
    }

    /** Inserts the rows added since the last statement. */
    public void flush() {
        if (!values.isEmpty()) {
            run(statement(values.size() / columns));
        }
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
        Update u = handle.createUpdate(sql);
        for (int i = 0; i < values.size(); i++) {
            u.bind(i, values.get(i));
        }
        u.execute();
        values.clear();
    }
}
