package org.wenzhai.importing.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportException;

/**
 * Bytes to text. Order: byte-order mark; UTF-16/UTF-32 recognised by where the zero bytes are;
 * binary refused (NUL bytes, control characters); strict UTF-8 (tolerating a very few malformed
 * sequences in otherwise UTF-8 text); UTF-16 without BOM by code-unit statistics (CJK-only text);
 * juniversalchardet on a sample; GB18030 (a superset of GBK and GB2312). Every guess of a legacy
 * double-byte encoding must also look like Chinese (most byte pairs in the common-character area),
 * so random high bytes are refused instead of decoding as GB18030 garbage.
 *
 * <p>Byte-oriented encodings (UTF-8, GB18030, Big5, single-byte ones) are decoded line by line
 * straight from the input, so the whole text never exists twice in memory.
 */
public final class TextDecoder {
    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final Charset BIG5 = Charset.forName("Big5");
    static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private static final int SAMPLE = 256 * 1024;
    private static final int DETECTOR_SAMPLE = 1024 * 1024;
    private static final char REPLACEMENT = '\uFFFD';

    /** Decodes a whole file into lines; the encoding is detected unless {@code override} is given. */
    public DecodedText decode(byte[] bytes, Charset override) throws ImportException {
        Detection d = detect(bytes, override);
        return decodeAs(bytes, d);
    }

    /** Decodes with an encoding already detected (or chosen from an HTML meta tag). */
    public DecodedText decodeAs(byte[] bytes, Detection d) throws ImportException {
        Charset cs = d.charset();
        LineSink sink = new LineSink();
        if (isWide(cs)) {
            String text = decodeWhole(bytes, d.bomLength(), cs, sink);
            splitLines(text, sink.lines);
            checkControls(text);
        } else {
            decodeByLines(bytes, d.bomLength(), cs, sink);
        }
        if (sink.replaced > 0 && (long) sink.replaced * 100 > Math.max(1, sink.chars)) {
            throw new ImportException(Messages.t("importing.format.notInEncoding", d.name()));
        }
        if (sink.chars == 0 && allEmpty(sink.lines)) {
            throw new ImportException(Messages.t("importing.format.empty"));
        }
        return new DecodedText(sink.lines, d.name(), sink.replaced);
    }

    /**
     * Decodes a whole file to one string (no line splitting). This is "merely read and decode" for
     * the import benchmark, and what the HTML reader hands to jsoup.
     */
    public String decodeToStringAs(byte[] bytes, Detection d) throws ImportException {
        LineSink sink = new LineSink();
        String text = decodeWhole(bytes, d.bomLength(), d.charset(), sink);
        if (sink.replaced > 0 && (long) sink.replaced * 100 > Math.max(1, sink.chars)) {
            throw new ImportException(Messages.t("importing.format.notInEncoding", d.name()));
        }
        return text;
    }

    /** Detects and decodes a whole file to one string. */
    public String decodeToString(byte[] bytes, Charset override) throws ImportException {
        return decodeToStringAs(bytes, detect(bytes, override));
    }

    /** Chooses the encoding of {@code bytes}, or refuses them with a one-line reason. */
    public Detection detect(byte[] bytes, Charset override) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(Messages.t("importing.format.empty"));
        }
        if (override != null) {
            Charset cs = canonical(override);
            Detection bom = bom(bytes);
            int bomLength = bom != null && sameFamily(bom.charset(), cs) ? bom.bomLength() : 0;
            if (bomLength == bytes.length) {
                throw new ImportException(Messages.t("importing.format.empty"));
            }
            if (!isWide(cs)) {
                ByteStats s = ByteStats.scan(bytes, bomLength);
                if (s.looksBinary()) {
                    throw binary();
                }
            }
            return new Detection(cs, bomLength, "override");
        }
        Detection bom = bom(bytes);
        if (bom != null) {
            if (bom.bomLength() == bytes.length) {
                throw new ImportException(Messages.t("importing.format.empty"));
            }
            return bom;
        }
        ByteStats s = ByteStats.scan(bytes, 0);
        if (s.nul > 0 || s.looksBinary()) {
            // UTF-16 has zero bytes (Latin) or control-range bytes (CJK: U+5404 各 is 04 54) that
            // would otherwise make it look binary
            Detection wide = s.nul > 0 ? wideByZeros(bytes, s) : null;
            if (wide == null) {
                wide = utf16ByUnits(bytes);
            }
            if (wide != null) {
                return wide;
            }
            throw binary();
        }
        if (s.utf8Invalid == 0 || (s.utf8Multi >= 8 && (long) s.utf8Invalid * 100 <= s.utf8Multi)) {
            return new Detection(StandardCharsets.UTF_8, 0, "utf-8");
        }
        Detection units = utf16ByUnits(bytes);
        if (units != null) {
            return units;
        }
        return byDetector(bytes);
    }

    private static ImportException binary() {
        return new ImportException(Messages.t("importing.format.binary"));
    }

    // ---- byte-order marks ----

    /** The byte-order mark {@code bytes} start with, or null. */
    public static Detection byteOrderMark(byte[] bytes) {
        return bom(bytes);
    }

    /** GBK, GB2312 and their aliases are read as GB18030 (a superset); ASCII as UTF-8. */
    public static Charset canonicalCharset(Charset cs) {
        return canonical(cs);
    }

    static Detection bom(byte[] b) {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Detection(StandardCharsets.UTF_8, 3, "bom");
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return new Detection(UTF_32BE, 4, "bom");
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0 && n % 4 == 0) {
            return new Detection(UTF_32LE, 4, "bom");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Detection(StandardCharsets.UTF_16LE, 2, "bom");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Detection(StandardCharsets.UTF_16BE, 2, "bom");
        }
        return null;
    }

    private static boolean sameFamily(Charset bom, Charset chosen) {
        String a = bom.name().toUpperCase(Locale.ROOT);
        String c = chosen.name().toUpperCase(Locale.ROOT);
        return a.equals(c) || (a.startsWith("UTF-16") && c.equals("UTF-16")) || (a.startsWith("UTF-32") && c.equals("UTF-32"));
    }

    static Charset canonical(Charset cs) {
        String n = cs.name().toUpperCase(Locale.ROOT);
        if (n.equals("GBK") || n.equals("GB2312") || n.equals("X-GBK") || n.equals("EUC-CN") || n.equals("X-EUC-CN")
                || n.equals("CP936") || n.equals("MS936") || n.equals("WINDOWS-936")) {
            return GB18030;
        }
        if (n.equals("US-ASCII")) {
            return StandardCharsets.UTF_8;
        }
        return cs;
    }

    static boolean isWide(Charset cs) {
        String n = cs.name().toUpperCase(Locale.ROOT);
        return n.startsWith("UTF-16") || n.startsWith("UTF-32") || n.startsWith("X-UTF-16") || n.startsWith("X-UTF-32");
    }

    // ---- UTF-16 / UTF-32 without a BOM ----

    private static Detection wideByZeros(byte[] b, ByteStats s) {
        if (b.length % 4 == 0 && s.nul * 2 > b.length) {
            if (plausibleShare32(b, true) >= 0.9) {
                return new Detection(UTF_32LE, 0, "utf-32-zeros");
            }
            if (plausibleShare32(b, false) >= 0.9) {
                return new Detection(UTF_32BE, 0, "utf-32-zeros");
            }
        }
        if (b.length < 2) {
            return null;
        }
        // Latin text in UTF-16LE has its zero bytes at odd offsets, in UTF-16BE at even ones; CJK text
        // has few zeros, but those it has (line ends, ASCII digits) follow the same rule.
        boolean le = s.nulOdd * 20 >= s.nul * 19;
        boolean be = s.nulEven * 20 >= s.nul * 19;
        if (le && plausibleShare16(b, true) >= 0.8) {
            return new Detection(StandardCharsets.UTF_16LE, 0, "utf-16-zeros");
        }
        if (be && plausibleShare16(b, false) >= 0.8) {
            return new Detection(StandardCharsets.UTF_16BE, 0, "utf-16-zeros");
        }
        return null;
    }

    private static Detection utf16ByUnits(byte[] b) {
        if (b.length % 2 != 0 || b.length < 4) {
            return null;
        }
        double le = plausibleShare16(b, true);
        double be = plausibleShare16(b, false);
        if (le >= 0.95 && be < 0.5) {
            return new Detection(StandardCharsets.UTF_16LE, 0, "utf-16-units");
        }
        if (be >= 0.95 && le < 0.5) {
            return new Detection(StandardCharsets.UTF_16BE, 0, "utf-16-units");
        }
        return null;
    }

    /** Share of 16-bit code units in a sample that are ordinary in Chinese or Latin text. */
    static double plausibleShare16(byte[] b, boolean littleEndian) {
        int end = Math.min(b.length, SAMPLE) & ~1;
        int plausible = 0;
        int units = 0;
        for (int i = 0; i + 1 < end; i += 2) {
            int u = littleEndian ? (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 : (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
            units++;
            if (u >= 0xD800 && u <= 0xDBFF && i + 3 < end) {
                int v = littleEndian ? (b[i + 2] & 0xFF) | (b[i + 3] & 0xFF) << 8 : (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
                if (v >= 0xDC00 && v <= 0xDFFF) {
                    plausible += 2;
                    units++;
                    i += 2;
                }
                continue;
            }
            if (plausibleUnit(u)) {
                plausible++;
            }
        }
        return units == 0 ? 0 : (double) plausible / units;
    }

    private static double plausibleShare32(byte[] b, boolean littleEndian) {
        int end = Math.min(b.length, SAMPLE) & ~3;
        int plausible = 0;
        int units = 0;
        for (int i = 0; i + 3 < end; i += 4) {
            long u = littleEndian
                    ? (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (long) (b[i + 3] & 0xFF) << 24
                    : (long) (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
            units++;
            if (u < 0x10000 ? plausibleUnit((int) u) : u <= 0x10FFFF) {
                plausible++;
            }
        }
        return units == 0 ? 0 : (double) plausible / units;
    }

    private static boolean plausibleUnit(int u) {
        return u == 0x09 || u == 0x0A || u == 0x0D || u == 0x0C
                || (u >= 0x20 && u <= 0x7E)
                || (u >= 0xA0 && u <= 0x24F)          // Latin-1 and Latin extended
                || (u >= 0x370 && u <= 0x4FF)         // Greek, Cyrillic
                || (u >= 0x2000 && u <= 0x27BF)       // punctuation, symbols, enclosed numbers, box drawing
                || (u >= 0x3000 && u <= 0x312F)       // CJK punctuation, kana, bopomofo
                || (u >= 0x4E00 && u <= 0x9FFF)       // CJK unified ideographs
                || (u >= 0xF900 && u <= 0xFAFF)       // compatibility ideographs
                || (u >= 0xFE30 && u <= 0xFE4F)       // CJK compatibility forms
                || (u >= 0xFF00 && u <= 0xFFEF)       // full-width forms
                || u == 0xFEFF;
    }

    // ---- detector and fallback ----

    private static Detection byDetector(byte[] b) throws ImportException {
        UniversalDetector detector = new UniversalDetector();
        int end = Math.min(b.length, DETECTOR_SAMPLE);
        for (int off = 0; off < end && !detector.isDone(); off += 8192) {
            detector.handleData(b, off, Math.min(8192, end - off));
        }
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset guess = null;
        if (name != null) {
            try {
                guess = canonical(Charset.forName(name));
            } catch (RuntimeException e) {
                guess = null;
            }
        }
        double gbShare = doubleByteShare(b, 0xA1, 0xF7, 0xA1, 0xFE);
        if (guess != null && guess.equals(BIG5)) {
            if (doubleByteShare(b, 0xA4, 0xF9, 0x40, 0xFE) >= 0.6 && validSample(b, BIG5)) {
                return new Detection(BIG5, 0, "detector");
            }
        } else if (guess != null && !guess.equals(GB18030) && !isWide(guess)) {
            // The users' files are Chinese: a single-byte or Japanese/Korean guess is taken only
            // when the bytes do not look like GB18030 Chinese.
            if (!(gbShare >= 0.6 && validSample(b, GB18030)) && validSample(b, guess)) {
                return new Detection(guess, 0, "detector");
            }
        }
        if (gbShare >= 0.6 && validSample(b, GB18030)) {
            return new Detection(GB18030, 0, guess != null && guess.equals(GB18030) ? "detector" : "fallback");
        }
        throw new ImportException(Messages.t("importing.format.unknownEncoding"));
    }

    /**
     * Of the byte pairs that start with a lead byte (0x81–0xFE) in a sample, the share whose lead and
     * trail fall in the area of common characters (GB2312's hanzi and punctuation, Big5's common
     * characters). Real Chinese text: above 0.9; random bytes: about 0.3.
     */
    static double doubleByteShare(byte[] b, int leadLo, int leadHi, int trailLo, int trailHi) {
        int end = Math.min(b.length, SAMPLE);
        int pairs = 0;
        int common = 0;
        int i = 0;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            if (i + 1 >= end) {
                break;
            }
            int t = b[i + 1] & 0xFF;
            pairs++;
            if (c >= leadLo && c <= leadHi && t >= trailLo && t <= trailHi && t != 0x7F) {
                common++;
            }
            // GB18030 four-byte sequences: lead, digit, lead, digit
            i += (t >= 0x30 && t <= 0x39) ? 4 : 2;
        }
        return pairs == 0 ? 0 : (double) common / pairs;
    }

    private static boolean validSample(byte[] b, Charset cs) {
        int end = Math.min(b.length, SAMPLE);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, 0, end);
        CharBuffer out = CharBuffer.allocate(end + 16);
        int errors = 0;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                // a sample may end inside a character
                if (in.position() + r.length() >= end && end < b.length) {
                    break;
                }
                errors++;
                in.position(in.position() + r.length());
            } else {
                break;
            }
        }
        return (long) errors * 100 <= Math.max(1, out.position());
    }

    // ---- decoding ----

    private static void decodeByLines(byte[] b, int start, Charset cs, LineSink sink) {
        boolean utf8 = cs.equals(StandardCharsets.UTF_8);
        CharsetDecoder dec = utf8 ? null : cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer buf = CharBuffer.allocate(256);
        int n = b.length;
        int lineStart = start;
        int i = start;
        while (true) {
            while (i < n) {
                byte c = b[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            if (i >= n) {
                if (i > lineStart) {
                    buf = emit(b, lineStart, i, utf8, dec, buf, sink);
                }
                return;
            }
            buf = emit(b, lineStart, i, utf8, dec, buf, sink);
            if (b[i] == '\r' && i + 1 < n && b[i + 1] == '\n') {
                i++;
            }
            i++;
            lineStart = i;
        }
    }

    private static CharBuffer emit(byte[] b, int from, int to, boolean utf8, CharsetDecoder dec, CharBuffer buf,
                                   LineSink sink) {
        int len = to - from;
        if (len == 0) {
            sink.add("");
            return buf;
        }
        if (utf8) {
            String s = new String(b, from, len, StandardCharsets.UTF_8);
            sink.chars += s.length();
            sink.replaced += count(s, REPLACEMENT);
            sink.add(s);
            return buf;
        }
        if (buf.capacity() < len + 8) {
            buf = CharBuffer.allocate(Math.max(len + 8, buf.capacity() * 2));
        }
        buf.clear();
        sink.replaced += decodeInto(dec, ByteBuffer.wrap(b, from, len), buf);
        buf.flip();
        sink.chars += buf.remaining();
        sink.add(buf.toString());
        return buf;
    }

    private static String decodeWhole(byte[] b, int start, Charset cs, LineSink sink) {
        if (cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE)) {
            return decodeUtf16(b, start, cs.equals(StandardCharsets.UTF_16LE), sink);
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            String s = new String(b, start, b.length - start, StandardCharsets.UTF_8);
            sink.chars += s.length();
            sink.replaced += count(s, REPLACEMENT);
            return s;
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int len = b.length - start;
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) (len * (double) dec.maxCharsPerByte()) + 16));
        sink.replaced += decodeInto(dec, ByteBuffer.wrap(b, start, len), out);
        out.flip();
        sink.chars += out.remaining();
        return out.toString();
    }

    /** UTF-16 by hand: the JDK decoder swallows the character after a lone surrogate. */
    private static String decodeUtf16(byte[] b, int start, boolean le, LineSink sink) {
        int units = (b.length - start) / 2;
        boolean odd = ((b.length - start) & 1) != 0;
        char[] out = new char[units + (odd ? 1 : 0)];
        for (int k = 0, i = start; k < units; k++, i += 2) {
            out[k] = (char) (le ? (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 : (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF));
        }
        int replaced = 0;
        for (int k = 0; k < units; k++) {
            char c = out[k];
            if (Character.isHighSurrogate(c)) {
                if (k + 1 < units && Character.isLowSurrogate(out[k + 1])) {
                    k++;
                } else {
                    out[k] = REPLACEMENT;
                    replaced++;
                }
            } else if (Character.isLowSurrogate(c)) {
                out[k] = REPLACEMENT;
                replaced++;
            }
        }
        if (odd) {
            out[units] = REPLACEMENT;
            replaced++;
        }
        sink.replaced += replaced;
        sink.chars += out.length;
        return new String(out);
    }

    /** Decodes {@code in} into {@code out} (large enough), replacing malformed input; returns how many. */
    private static int decodeInto(CharsetDecoder dec, ByteBuffer in, CharBuffer out) {
        dec.reset();
        int errors = 0;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                errors++;
                out.put(REPLACEMENT);
                in.position(in.position() + r.length());
            } else {
                // overflow cannot happen: out holds maxCharsPerByte chars per byte
                break;
            }
        }
        dec.flush(out);
        return errors;
    }

    private static int count(String s, char c) {
        if (s.indexOf(c) < 0) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Refuses decoded wide text that is mostly control characters (binary read as UTF-16). */
    private static void checkControls(String text) throws ImportException {
        int bad = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
                bad++;
            }
        }
        if (bad * 100 > Math.max(1, n)) {
            throw binary();
        }
    }

    /** Splits text on CRLF, CR and LF; no empty line is added after a final line end. */
    public static List<String> splitLines(CharSequence text) {
        List<String> lines = new ArrayList<>();
        splitLines(text, lines);
        return lines;
    }

    private static void splitLines(CharSequence text, List<String> lines) {
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.subSequence(start, i).toString());
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.subSequence(start, n).toString());
        }
    }

    private static boolean allEmpty(List<String> lines) {
        for (String l : lines) {
            if (!l.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static final class LineSink {
        final List<String> lines = new ArrayList<>();
        long chars;
        int replaced;

        void add(String s) {
            lines.add(s);
        }
    }

    /** One pass over the bytes: zero bytes, control characters and UTF-8 well-formedness. */
    static final class ByteStats {
        long nul;
        long nulEven;
        long nulOdd;
        long nulEarly;
        long controls;
        long utf8Invalid;
        long utf8Multi;
        long length;

        boolean looksBinary() {
            return nul > 0 || controls * 100 > Math.max(1, length) || (controls > 0 && length < 64 && controls * 16 > length);
        }

        static ByteStats scan(byte[] b, int start) {
            ByteStats s = new ByteStats();
            int n = b.length;
            s.length = n - start;
            int i = start;
            while (i < n) {
                int c = b[i];
                if (c >= 0) {
                    if (c < 0x20) {
                        if (c == 0) {
                            s.nul++;
                            if ((i & 1) == 0) {
                                s.nulEven++;
                            } else {
                                s.nulOdd++;
                            }
                        } else if (c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) {
                            s.controls++;
                        }
                    } else if (c == 0x7F) {
                        s.controls++;
                    }
                    i++;
                    continue;
                }
                c &= 0xFF;
                int need;
                int lo = 0x80;
                int hi = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                } else if (c == 0xE0) {
                    need = 2;
                    lo = 0xA0;
                } else if (c == 0xED) {
                    need = 2;
                    hi = 0x9F;
                } else if (c >= 0xE1 && c <= 0xEF) {
                    need = 2;
                } else if (c == 0xF0) {
                    need = 3;
                    lo = 0x90;
                } else if (c >= 0xF1 && c <= 0xF3) {
                    need = 3;
                } else if (c == 0xF4) {
                    need = 3;
                    hi = 0x8F;
                } else {
                    s.utf8Invalid++;
                    i++;
                    continue;
                }
                if (i + need >= n) {
                    s.utf8Invalid++;
                    i++;
                    continue;
                }
                int t = b[i + 1] & 0xFF;
                boolean ok = t >= lo && t <= hi;
                for (int k = 2; ok && k <= need; k++) {
                    int u = b[i + k] & 0xFF;
                    ok = u >= 0x80 && u <= 0xBF;
                }
                if (ok) {
                    s.utf8Multi++;
                    i += need + 1;
                } else {
                    s.utf8Invalid++;
                    i++;
                }
            }
            return s;
        }
    }
}
