package org.wenzhai.export;

import java.util.Locale;

/** The excerpt file formats. */
public enum ExportFormat {
    TXT("txt"), MD("md"), DOCX("docx"), CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Whether the format is text whose encoding can be chosen. */
    public boolean isText() {
        return this != DOCX;
    }

    /** The encoding used when none is asked for: UTF-8 with a BOM for csv (so Excel reads it), plain UTF-8 otherwise. */
    public TextEncoding defaultEncoding() {
        return this == CSV ? TextEncoding.UTF_8_BOM : TextEncoding.UTF_8;
    }

    public static ExportFormat fromWire(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(v) || (f == MD && v.equals("markdown"))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "' (txt, md, docx, csv)");
    }
}
