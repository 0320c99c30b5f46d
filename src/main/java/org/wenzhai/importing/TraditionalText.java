package org.wenzhai.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.domain.TraditionalChinese;
import org.wenzhai.importing.formats.RawLine;
import org.wenzhai.importing.formats.RawText;

/**
 * A text written in traditional characters (講話, 縣委書記) goes through cleaning, reflow and
 * structure in simplified characters, so that their rules (讲话, 书记, 一、) recognise it, and
 * comes out in the characters it was written in: every traditional char the text uses is mapped
 * to its simplified form and back. The mapping is one to one within the document: a simplified
 * char that the text also uses as written, or that two traditional chars share (發/髮 → 发), is
 * left alone. The original bytes are stored as they are, whatever this does.
 */
final class TraditionalText {
    /** Simplified char → the traditional char the document writes for it. */
    private final Map<Character, Character> back;

    private TraditionalText(Map<Character, Character> back) {
        this.back = back;
    }

    /** The mapping for this text, or null when it has no traditional char to fold. */
    static TraditionalText of(RawText raw) {
        // most texts are simplified: one table look-up per char decides, nothing is allocated
        boolean any = false;
        for (RawLine l : raw.lines()) {
            String t = l.text();
            for (int i = 0; i < t.length() && !any; i++) {
                any = TraditionalChinese.simplified(t.charAt(i)) != t.charAt(i);
            }
            if (any) {
                break;
            }
        }
        if (!any) {
            return null;
        }
        char[] forward = new char[65536];
        boolean[] ambiguous = new boolean[65536];
        boolean[] written = new boolean[65536];
        for (RawLine l : raw.lines()) {
            String t = l.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                char s = TraditionalChinese.simplified(c);
                if (s == c) {
                    written[c] = true;
                } else if (forward[s] == 0) {
                    forward[s] = c;
                } else if (forward[s] != c) {
                    ambiguous[s] = true;
                }
            }
        }
        Map<Character, Character> back = new HashMap<>();
        for (int s = 0; s < forward.length; s++) {
            if (forward[s] != 0 && !ambiguous[s] && !written[s]) {
                back.put((char) s, forward[s]);
            }
        }
        return back.isEmpty() ? null : new TraditionalText(back);
    }

    /** The lines with the mapped traditional chars simplified. */
    RawText fold(RawText raw) {
        List<RawLine> lines = new ArrayList<>(raw.lines().size());
        for (RawLine l : raw.lines()) {
            lines.add(new RawLine(simplify(l.text()), l.headingLevel(), l.pageBreakBefore(), l.paragraphEnd(), l.reachesMargin()));
        }
        return new RawText(lines, raw.encoding(), raw.removed());
    }

    /** The document with every string back in the characters the text was written in. */
    ImportedDocument restore(ImportedDocument d) {
        List<ImportedArticle> articles = new ArrayList<>(d.articles().size());
        for (ImportedArticle a : d.articles()) {
            List<ImportedBlock> blocks = new ArrayList<>(a.blocks().size());
            for (ImportedBlock b : a.blocks()) {
                blocks.add(new ImportedBlock(b.type(), b.level(), back(b.text())));
            }
            articles.add(new ImportedArticle(back(a.title()), back(a.author()), a.date(), blocks));
        }
        List<RemovedText> removed = new ArrayList<>(d.removed().size());
        for (RemovedText r : d.removed()) {
            removed.add(new RemovedText(r.ruleId(), r.lineNumber(), back(r.text())));
        }
        return new ImportedDocument(back(d.title()), back(d.source()), d.encoding(), articles, removed);
    }

    private String simplify(String t) {
        char[] out = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char s = TraditionalChinese.simplified(c);
            if (s != c && back.get(s) != null && back.get(s) == c) {
                if (out == null) {
                    out = t.toCharArray();
                }
                out[i] = s;
            }
        }
        return out == null ? t : new String(out);
    }

    private String back(String t) {
        if (t == null) {
            return null;
        }
        char[] out = null;
        for (int i = 0; i < t.length(); i++) {
            Character c = back.get(t.charAt(i));
            if (c != null) {
                if (out == null) {
                    out = t.toCharArray();
                }
                out[i] = c;
            }
        }
        return out == null ? t : new String(out);
    }
}
