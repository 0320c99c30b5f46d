package org.wenzhai.domain;

import java.nio.file.Path;
import java.util.Objects;

/** A file as it was read from disk: its name, where it came from, format and its exact bytes. */
public record SourceFile(String fileName, String sourcePath, String format, byte[] bytes, String sha256) {

    public SourceFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static SourceFile of(Path path, String format, byte[] bytes) {
        return new SourceFile(path.getFileName().toString(), path.toAbsolutePath().toString(), format,
                bytes, Hashes.sha256Hex(bytes));
    }
}
