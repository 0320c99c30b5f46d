package org.wenzhai.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.TagCount;
import org.wenzhai.domain.TagPath;
import org.wenzhai.i18n.Messages;

/** JSON shapes and one-line texts of highlights and tags shared by the passages commands. */
final class PassagesJson {
    private PassagesJson() {
    }

    /** The short shape printed by {@code highlight add}. */
    static Map<String, Object> added(Highlight h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("documentId", h.documentId());
        m.put("articleId", h.articleId());
        m.put("blockId", h.anchor().startBlockId());
        m.put("start", h.anchor().start());
        m.put("end", h.anchor().end());
        m.put("quote", h.anchor().quote());
        endBlock(m, h);
        return m;
    }

    /** The full shape of {@code highlight list} (endBlockId only for a passage over several blocks). */
    static Map<String, Object> full(Highlight h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("documentId", h.documentId());
        m.put("articleId", h.articleId());
        m.put("blockId", h.anchor().startBlockId());
        m.put("start", h.anchor().start());
        m.put("end", h.anchor().end());
        m.put("quote", h.anchor().quote());
        m.put("color", h.color().wireName());
        m.put("note", h.note());
        m.put("tags", h.tags().stream().map(TagPath::value).toList());
        m.put("orphan", h.orphan());
        endBlock(m, h);
        return m;
    }

    private static void endBlock(Map<String, Object> m, Highlight h) {
        if (h.anchor().endBlockId() != null && !h.anchor().endBlockId().equals(h.anchor().startBlockId())) {
            m.put("endBlockId", h.anchor().endBlockId());
        }
    }

    static List<Map<String, Object>> tree(List<TagCount> tags) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TagCount t : tags) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", t.path().value());
            m.put("name", t.path().name());
            m.put("color", t.color());
            m.put("count", t.count());
            m.put("total", t.total());
            m.put("children", tree(t.children()));
            out.add(m);
        }
        return out;
    }

    /** One line for a person: id, colour, quote (shortened), tags, note's first line. */
    static String line(Highlight h) {
        String quote = h.anchor().quote().replace('\n', ' ');
        if (quote.length() > 60) {
            quote = quote.substring(0, 59) + "…";
        }
        StringBuilder sb = new StringBuilder("#").append(h.id()).append(" [")
                .append(Messages.t("passages.color." + h.color().wireName())).append("] ");
        if (h.orphan()) {
            sb.append(Messages.t("passages.cli.orphanMark")).append(' ');
        } else {
            sb.append(Messages.t("passages.cli.inDocument", h.documentId())).append(' ');
        }
        sb.append('“').append(quote).append('”');
        if (!h.tags().isEmpty()) {
            sb.append("  ").append(Messages.t("passages.export.tags"))
                    .append(String.join("、", h.tags().stream().map(TagPath::value).toList()));
        }
        if (h.note() != null) {
            String note = h.note().strip().split("\\R")[0];
            sb.append("  ").append(Messages.t("passages.export.note")).append(note);
        }
        return sb.toString();
    }

    static HighlightColor color(String s) {
        if (s == null) {
            return null;
        }
        try {
            return HighlightColor.fromWire(s);
        } catch (IllegalArgumentException e) {
            throw new CliException(Messages.t("passages.cli.badColor", s), Cli.USAGE);
        }
    }

    static TagPath tag(String s) {
        try {
            return TagPath.of(s);
        } catch (IllegalArgumentException e) {
            throw new CliException(Messages.t("passages.cli.badTag", s), Cli.USAGE);
        }
    }

    static List<TagPath> tags(List<String> s) {
        return s == null ? List.of() : s.stream().map(PassagesJson::tag).toList();
    }
}
