package org.wenzhai.importing.decode;

import java.util.List;

/**
 * A file's text split into lines (on CRLF, CR or LF; no line ends kept, no empty line after a final
 * line end), the name of the encoding it was read in, and how many malformed byte sequences were
 * replaced by U+FFFD.
 */
public record DecodedText(List<String> lines, String encoding, int replaced) {
}
