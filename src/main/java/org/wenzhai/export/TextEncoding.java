package org.wenzhai.export;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Encodings offered for text exports: UTF-8, UTF-8 with a byte-order mark, and GB18030 for older Windows tools. */
public enum TextEncoding {
    UTF_8("utf-8", StandardCharsets.UTF_8, false),
    UTF_8_BOM("utf-8-bom", StandardCharsets.UTF_8, true),
    GB18030("gb18030", Charset.forName("GB18030"), false);

    private final String wireName;
    private final Charset charset;
    private final boolean bom;

    TextEncoding(String wireName, Charset charset, boolean bom) {
        this.wireName = wireName;
        this.charset = charset;
        this.bom = bom;
    }

    public String wireName() {
        return wireName;
    }

    public Charset charset() {
        return charset;
    }

    public boolean bom() {
        return bom;
    }

    /** The bytes of {@code text} in this encoding, with the BOM when there is one. */
    public byte[] encode(String text) {
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    public static TextEncoding fromWire(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (v) {
            case "utf-8", "utf8" -> UTF_8;
            case "utf-8-bom", "utf8-bom", "utf-8-sig" -> UTF_8_BOM;
            case "gb18030", "gbk", "gb2312" -> GB18030;
            default -> throw new IllegalArgumentException("unknown encoding '" + s + "' (utf-8, utf-8-bom, gb18030)");
        };
    }
}
