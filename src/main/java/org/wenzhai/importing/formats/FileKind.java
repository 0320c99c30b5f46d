package org.wenzhai.importing.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a file really is by its first bytes, whatever its name says (downloads are often misnamed). */
enum FileKind {
    ZIP, OLE2, RTF, PDF, HTML, OTHER;

    static FileKind sniff(byte[] b) {
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
            return ZIP;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1);
        String trimmed = head.replace("\u00EF\u00BB\u00BF", "").stripLeading();
        if (trimmed.startsWith("{\\rtf")) {
            return RTF;
        }
        if (head.startsWith("%PDF-")) {
            return PDF;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<") && (lower.contains("<html") || lower.contains("<!doctype html")
                || lower.contains("<body") || lower.contains("<head"))) {
            return HTML;
        }
        if (lower.startsWith("mime-version:")) {
            return HTML;
        }
        return OTHER;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
