package org.wenzhai.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.MVStore;

/**
 * Looks at a library's database file before H2 opens it for writing. H2 truncates a file in which
 * it finds no readable chunk to an empty database as it opens it, which would destroy what is
 * left of a damaged library. So: the MVStore file header names the block of its latest chunk
 * (documented format: {@code H:2,block:…,blockSize:…,chunk:…}); when a chunk header is there, H2
 * opens the file as usual. When it is not, the file is first opened as a read-only MVStore, which
 * never writes: a file in which that finds nothing, or that it cannot open, is damaged.
 */
final class StoreFileCheck {
    private static final int HEADER_BYTES = 4096;

    private StoreFileCheck() {
    }

    /** True when the first readable file header points at a block that starts a chunk. */
    static boolean latestChunkInPlace(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int h = 0; h < 2; h++) {
                Map<String, String> header = header(ch, (long) h * HEADER_BYTES);
                if (header == null || !"2".equals(header.get("H")) || !header.containsKey("block")) {
                    continue;
                }
                long blockSize = Long.parseLong(header.getOrDefault("blockSize", "1000"), 16);
                long block = Long.parseLong(header.get("block"), 16);
                ByteBuffer start = ByteBuffer.allocate(6);
                ch.read(start, block * blockSize);
                return new String(start.array(), 0, start.position(), StandardCharsets.ISO_8859_1).equals("chunk:");
            }
            // no readable header: H2 reports such a file corrupted without writing to it
            return true;
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }

    private static Map<String, String> header(FileChannel ch, long at) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES);
        ch.read(buf, at);
        String text = new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        if (end < 0) {
            return null;
        }
        Map<String, String> out = new HashMap<>();
        for (String field : text.substring(0, end).split(",")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                out.put(field.substring(0, colon), field.substring(colon + 1));
            }
        }
        return out;
    }

    /**
     * Opens the file as a read-only MVStore (below H2's SQL layer, never writing, closed at once)
     * and counts its maps; 0 when no chunk of it could be read, -1 when it cannot be opened at all.
     */
    static int readableMaps(Path file) {
        MVStore store = null;
        try {
            store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
            return store.getMapNames().size();
        } catch (RuntimeException e) {
            return -1;
        } finally {
            if (store != null) {
                store.closeImmediately();
            }
        }
    }
}
