package org.wenzhai.safety;

import org.wenzhai.domain.IntegrityReport;
import org.wenzhai.storage.IntegrityRepository;

/** Checks that an open library's rows hang together (the {@code check} command, tests after a crash). */
public class IntegrityService {
    private final IntegrityRepository integrity;

    public IntegrityService(IntegrityRepository integrity) {
        this.integrity = integrity;
    }

    /** Counts and problems, each problem one line; empty problems means the library is sound. */
    public IntegrityReport check() {
        return integrity.check();
    }
}
