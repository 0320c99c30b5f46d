package org.wenzhai.storage.jdbi;

import org.jdbi.v3.core.Handle;

/**
 * The library's change counter. Every write the search index must follow bumps it inside the
 * write's own transaction; the index remembers the value it reflects, so an index left behind by
 * a crash is noticed on the next open.
 */
public final class ChangeLog {
    private ChangeLog() {
    }

    public static long bump(Handle h) {
        h.execute("UPDATE library_meta SET meta_value = CAST(CAST(meta_value AS BIGINT) + 1 AS VARCHAR) "
                + "WHERE meta_key = 'change_seq'");
        return current(h);
    }

    public static long current(Handle h) {
        return h.createQuery("SELECT CAST(meta_value AS BIGINT) FROM library_meta WHERE meta_key = 'change_seq'")
                .mapTo(Long.class).findOne().orElse(0L);
    }
}
