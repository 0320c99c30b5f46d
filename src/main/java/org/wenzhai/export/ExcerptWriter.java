package org.wenzhai.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes grouped excerpts in one file format. */
public interface ExcerptWriter {

    ExportFormat format();

    /** Writes all of {@code groups} to {@code out}; {@code encoding} is ignored by binary formats. */
    void write(ExcerptGroups groups, TextEncoding encoding, OutputStream out) throws IOException;
}
