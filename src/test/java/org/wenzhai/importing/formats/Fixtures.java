package org.wenzhai.importing.formats;

import java.nio.file.Path;
import org.wenzhai.domain.SourceFile;

/** Source files made in memory by the tests. */
final class Fixtures {
    private Fixtures() {
    }

    static SourceFile file(String name, byte[] bytes) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return SourceFile.of(Path.of(name), ext, bytes);
    }
}
