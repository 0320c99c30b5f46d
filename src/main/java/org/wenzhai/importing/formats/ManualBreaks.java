package org.wenzhai.importing.formats;

import java.util.List;
import java.util.regex.Pattern;

/** Where a manual line break in a Word paragraph (.docx and .doc alike) can only be inside the text. */
final class ManualBreaks {
    private ManualBreaks() {
    }

    /**
     * Joins the segments a manual line break (w:br in .docx, U+000B in .doc) split where the break
     * cannot end anything: in a heading (a long title broken by hand: 以“三张清单”为抓手 / 推动基层减负落地见效), and in body
     * text inside a sentence (…由分管 / 领导约谈提醒…, …惠及群众 / 4200余户，…). A break after a
     * full stop, after a short label (a signature's unit), after a numbered heading, before a number
     * (一、), a date or a page break stays: reflow decides there.
     */
    static void join(List<String> segments, List<Boolean> breaks, boolean heading) {
        for (int i = 0; i + 1 < segments.size(); ) {
            String a = segments.get(i).strip();
            String b = segments.get(i + 1).strip();
            boolean last = i + 2 == segments.size();
            if (!breaks.get(i + 1) && !a.isEmpty() && !b.isEmpty()
                    && (heading || midSentence(a, b) || last && headingsSecondLine(a, b))) {
                segments.set(i, a + b);
                segments.remove(i + 1);
                breaks.remove(i + 1);
            } else {
                i++;
            }
        }
    }

    private static final Pattern NUMBERED_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.．、]\\D|第[一二三四五六七八九十百\\d]+[章节条部分编讲])");
    /** A sentence end with text after it: a heading's body began on the heading's line. */
    private static final Pattern HEADING_THEN_TEXT = Pattern.compile("[。！？]\\s*\\S");
    /** A date on a line of its own, in brackets or not: （2024年2月26日）. */
    private static final Pattern DATE_START = Pattern.compile("^[（(]?\\s*(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年");
    /** A subtitle under a title: ——在…上的讲话. */
    private static final Pattern SUBTITLE_START = Pattern.compile("^(?:——|－－|--)");

    /**
     * The paragraph's last line finishes a numbered heading broken by hand in two (一、加强学习， /
     * 不断提高政治素质和业务能力; 一、加强组织体系建设 / 夯实基层应急管理基础): a heading's short second
     * phrase, not its body, which would run on in sentences. The Word paragraph mark says the two
     * lines are one paragraph; in plain text the same short line could be a body's first words.
     */
    private static boolean headingsSecondLine(String a, String b) {
        boolean headingAlone = headingAlone(a) && "。！？；：".indexOf(a.charAt(a.length() - 1)) < 0;
        // (a line ending in a sentence is the body's: （三）要压实防汛责任 / 各级各部门要把责任落实到每一个环节。)
        return headingAlone && b.length() <= 30 && a.length() + b.length() <= 60 && !NUMBERED_START.matcher(b).find()
                && !DATE_START.matcher(b).find() && b.chars().noneMatch(c -> "。！？；：".indexOf(c) >= 0)
                && (a.endsWith("，") || a.endsWith("、") || b.chars().noneMatch(c -> "，、".indexOf(c) >= 0));
    }

    /** A numbered heading with no body begun on its line. */
    private static boolean headingAlone(String a) {
        return NUMBERED_START.matcher(a).find() && !HEADING_THEN_TEXT.matcher(a).find();
    }

    private static boolean midSentence(String a, String b) {
        // a closing quote or bracket after a word, not after a full stop, closes only a phrase
        // (…持续开展“净网” / 专项行动，…)
        int end = a.length() - 1;
        while (end > 0 && "”’）》」』".indexOf(a.charAt(end)) >= 0) {
            end--;
        }
        char last = a.charAt(end);
        // (a number broken from what it counts, or inside: …投入资金2380 / 万元，…, …明察暗访2 / 1次，…;
        // Word has no page number glued to a line)
        boolean open = Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN || "，、（“《—".indexOf(last) >= 0
                || Character.isDigit(last);
        boolean sentence = a.length() >= 10 || a.indexOf('，') >= 0 || a.indexOf('、') >= 0;
        // (a numbered heading typed before its body, apart by the break, stays a heading; one whose
        // body began on its line goes on: （二）要看到风险依然突出。当前…交织叠加， / 加之…)
        return open && sentence && !headingAlone(a) && !NUMBERED_START.matcher(b).find()
                && !DATE_START.matcher(b).find() && !SUBTITLE_START.matcher(b).find();
    }
}
