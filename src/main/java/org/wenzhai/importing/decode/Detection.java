package org.wenzhai.importing.decode;

import java.nio.charset.Charset;

/**
 * The encoding a file is read in and the length of its byte-order mark (skipped).
 *
 * @param charset   the charset bytes are decoded with
 * @param bomLength bytes of byte-order mark at the start, not part of the text
 * @param how       which step decided: "bom", "override", "utf-8", "utf-16-zeros", "utf-16-units",
 *                  "detector", "fallback"
 */
public record Detection(Charset charset, int bomLength, String how) {

    /** The name stored with the document, e.g. "UTF-8", "GB18030", "Big5", "UTF-16LE". */
    public String name() {
        return charset.name();
    }
}
