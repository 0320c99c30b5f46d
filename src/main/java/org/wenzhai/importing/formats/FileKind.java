package org.wenzhai.importing.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a file really is by its first bytes, whatever its name says (downloads are often misnamed). */
enum FileKind {
    ZIP, OLE2, RTF, PDF, HTML, MHT, OTHER;

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
        if (mimeHeaders(lower)) {
            return MHT;
        }
        return OTHER;
    }

    /**
     * A MIME message (a page saved as one file): header lines from the first, one of them
     * {@code MIME-Version:} (IE and Word write {@code From:} or {@code Subject:} first, Chrome
     * {@code From: <Saved by Blink>}).
     */
    private static boolean mimeHeaders(String lower) {
        if (!lower.matches("(?s)^[a-z][a-z0-9-]*:.*")) {
            return false;
        }
        int end = lower.indexOf("\n\n");
        int crlf = lower.indexOf("\r\n\r\n");
        if (end < 0 || (crlf >= 0 && crlf < end)) {
            end = crlf;
        }
        String headers = end < 0 ? lower : lower.substring(0, end);
        return headers.startsWith("mime-version:") || headers.contains("\nmime-version:");
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
