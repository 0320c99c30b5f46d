package org.wenzhai.importing.structure;

import java.util.regex.Pattern;

/** Package-private facts of {@link Metadata} for tests in other packages. */
public final class MetadataAccess {
    private MetadataAccess() {
    }

    public static Pattern titleEnding() {
        return Metadata.TITLE_ENDING;
    }

    public static int titleEndingMax() {
        return Metadata.TITLE_ENDING_MAX;
    }
}
