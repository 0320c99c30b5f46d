package org.wenzhai.importing.clean;

/**
 * A cleaned line of text on its way to structure.
 *
 * @param number          the 1-based number of the (first) raw line it came from
 * @param text            normalised text, never blank
 * @param headingHint     a heading level the format declared, or null
 * @param pageBreakBefore a page starts here (format hint, or a page number was removed just before)
 * @param paragraphEnd    the format marks the end of a paragraph here
 * @param blankBefore     how many blank lines came before it
 * @param indented        the raw line was indented (ideographic spaces, spaces or a tab)
 * @param reachesMargin   the format shows the line running to the right margin (PDF): it may go on
 * @param cutInside       what cleaning cut from inside the line (a paywall marker between two words), ""
 *                        if nothing: the line was as wide as its text and this when it was wrapped
 */
public record Line(int number, String text, Integer headingHint, boolean pageBreakBefore, boolean paragraphEnd,
                   int blankBefore, boolean indented, boolean reachesMargin, String cutInside) {

    public Line(int number, String text, Integer headingHint, boolean pageBreakBefore, boolean paragraphEnd,
                int blankBefore, boolean indented, boolean reachesMargin) {
        this(number, text, headingHint, pageBreakBefore, paragraphEnd, blankBefore, indented, reachesMargin, "");
    }

    public Line(int number, String text, Integer headingHint, boolean pageBreakBefore, boolean paragraphEnd,
                int blankBefore, boolean indented) {
        this(number, text, headingHint, pageBreakBefore, paragraphEnd, blankBefore, indented, false);
    }
    /** The heading hint of a line set apart only by emphasis: one level below the heading before it. */
    public static final int EMPHASIS = org.wenzhai.importing.formats.RawLine.EMPHASIS;


    public Line withText(String newText) {
        return new Line(number, newText, headingHint, pageBreakBefore, paragraphEnd, blankBefore, indented, reachesMargin, cutInside);
    }
}
