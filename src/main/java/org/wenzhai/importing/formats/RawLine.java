package org.wenzhai.importing.formats;

/**
 * One line of text as a format reader found it, with what the format itself says about it.
 *
 * @param text            the line's text (no line end)
 * @param headingLevel    a heading level the format declares (Word heading style or outline level,
 *                        HTML h1–h6, Markdown #), or null when the format says nothing
 * @param pageBreakBefore true when a page (PDF page, Word page break) starts with this line
 * @param paragraphEnd    true when the format marks the end of a paragraph here (Word/HTML
 *                        paragraphs); false when the line may have been broken mid-sentence (txt, PDF)
 * @param reachesMargin   true when the format shows that the line runs to the right margin, so
 *                        its text may go on on the next line (PDF); false when it does not say
 */
public record RawLine(String text, Integer headingLevel, boolean pageBreakBefore, boolean paragraphEnd,
                      boolean reachesMargin) {

    public RawLine(String text, Integer headingLevel, boolean pageBreakBefore, boolean paragraphEnd) {
        this(text, headingLevel, pageBreakBefore, paragraphEnd, false);
    }

    /**
     * The heading level of a line set apart only by emphasis (a short paragraph all in bold in Word):
     * a heading one level below the heading before it.
     */
    public static final int EMPHASIS = 0;

    public static RawLine plain(String text) {
        return new RawLine(text, null, false, false);
    }
}
