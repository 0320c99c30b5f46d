package org.wenzhai.domain;

import java.time.Instant;

/**
 * One imported file. The original bytes are stored with it but are not part of this record;
 * ask the repository for them.
 */
public record Document(
        long id,
        String fileName,
        String sourcePath,
        String format,
        String encoding,
        String sha256,
        long byteSize,
        String title,
        String source,
        Instant importedAt) {
}
