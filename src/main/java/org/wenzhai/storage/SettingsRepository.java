package org.wenzhai.storage;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Key/value settings kept in the library (disabled noise rules, citation template, window state). */
public class SettingsRepository {
    private final Jdbi jdbi;

    public SettingsRepository(Library library) {
        this.jdbi = library.jdbi();
    }

    public Optional<String> get(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM settings WHERE setting_key = ?")
                .bind(0, key).mapTo(String.class).findOne());
    }

    public void put(String key, String value) {
        jdbi.useTransaction(h -> {
            if (value == null) {
                h.execute("DELETE FROM settings WHERE setting_key = ?", key);
            } else {
                h.execute("MERGE INTO settings (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)", key, value);
            }
        });
    }
}
