package org.wenzhai.testsupport;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;

/** Damages a closed library's database file the ways a disk or a bug can: its headers, or its chunks. */
public final class LibraryDamage {
    /** H2 MVStore keeps two 4 KB file headers; chunks follow them. */
    private static final int HEADERS = 8192;

    private LibraryDamage() {
    }

    /** Both file headers overwritten: H2 reports the file corrupted. */
    public static void overwriteHeader(Path file) throws IOException {
        fill(file, 0, HEADERS);
    }

    /** Every chunk overwritten, headers intact: H2 reads the file as a new, empty database. */
    public static void overwriteChunks(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            fill(file, HEADERS, f.length() - HEADERS);
        }
    }

    private static void fill(Path file, long from, long length) throws IOException {
        byte[] junk = new byte[64 * 1024];
        Arrays.fill(junk, (byte) 0x5a);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(from);
            for (long left = length; left > 0; left -= junk.length) {
                f.write(junk, 0, (int) Math.min(junk.length, left));
            }
        }
    }
}
