package org.wenzhai.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source line written after each excerpt, with named placeholders such as
 * {@code ——摘自《{document}》·《{article}》·{heading}（{author}，{date}）}. Parts whose placeholder is
 * empty are dropped gracefully: empty brackets ({@code 《》}, {@code （）}…) go, separators
 * ({@code · ， 、 ; /}) do not pile up, dangle inside brackets or end the line. The clean-up works
 * on the template's own characters only; the values are inserted afterwards, untouched.
 */
public final class CitationTemplate {
    public static final String DEFAULT = "——摘自《{document}》·《{article}》·{heading}（{author}，{date}）";
    /** The placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("document", "article", "heading", "headings", "author",
            "date", "source", "file");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final char MARK = '\uE000';
    private static final String SEP = "[·•，,、；;／/|｜]";
    private static final String OPEN = "[《〈（(【\\[〔“‘]";
    private static final String CLOSE = "[》〉）)】\\]〕”’]";
    private static final Pattern EMPTY_PAIR = Pattern.compile("《\\s*》|〈\\s*〉|（\\s*）|\\(\\s*\\)|【\\s*】|\\[\\s*]|〔\\s*〕|“\\s*”|‘\\s*’");
    private static final Pattern SEP_AFTER_OPEN = Pattern.compile("(" + OPEN + ")\\s*" + SEP + "+\\s*");
    private static final Pattern SEP_BEFORE_CLOSE = Pattern.compile("\\s*" + SEP + "+\\s*(" + CLOSE + ")");
    private static final Pattern SEP_RUN = Pattern.compile("(" + SEP + ")(?:\\s*" + SEP + ")+");
    private static final Pattern SEP_BEFORE_ROUND = Pattern.compile(SEP + "+\\s*(?=[（(])");
    private static final Pattern SEP_AT_EDGE = Pattern.compile("^\\s*" + SEP + "+|" + SEP + "+\\s*$");
    private static final Pattern SEP_AFTER_LEAD = Pattern.compile("(——|—|摘自|来源|出处|：|:)\\s*" + SEP + "+");

    private final String template;
    private final List<String> names = new ArrayList<>();

    private CitationTemplate(String template) {
        this.template = template;
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "} in the source-line template; "
                        + "known: {document} {article} {heading} {headings} {author} {date} {source} {file}");
            }
            names.add(m.group(1));
        }
        if (template.indexOf(MARK) >= 0) {
            throw new IllegalArgumentException("the source-line template contains a reserved character");
        }
    }

    /** Parses a template; unknown placeholders are an error. */
    public static CitationTemplate parse(String template) {
        if (template == null || template.isBlank()) {
            return new CitationTemplate(DEFAULT);
        }
        return new CitationTemplate(template.strip());
    }

    public String template() {
        return template;
    }

    /** The line for these values (missing or blank values count as empty); empty when every placeholder is. */
    public String render(Map<String, String> values) {
        List<String> used = new ArrayList<>();
        StringBuilder marked = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            marked.append(template, last, m.start());
            String v = values.get(m.group(1));
            if (v != null && !v.isBlank()) {
                marked.append(MARK).append((char) ('\uE100' + used.size()));
                used.add(v.strip());
            }
            last = m.end();
        }
        marked.append(template.substring(last));
        if (used.isEmpty() && !names.isEmpty()) {
            return "";
        }
        String s = marked.toString();
        String before;
        do {
            before = s;
            s = EMPTY_PAIR.matcher(s).replaceAll("");
            s = SEP_AFTER_OPEN.matcher(s).replaceAll("$1");
            s = SEP_BEFORE_CLOSE.matcher(s).replaceAll("$1");
            s = SEP_RUN.matcher(s).replaceAll("$1");
            s = SEP_BEFORE_ROUND.matcher(s).replaceAll("");
            s = SEP_AFTER_LEAD.matcher(s).replaceAll("$1");
            s = SEP_AT_EDGE.matcher(s).replaceAll("");
        } while (!s.equals(before));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == MARK && i + 1 < s.length()) {
                out.append(used.get(s.charAt(++i) - '\uE100'));
            } else {
                out.append(c);
            }
        }
        return out.toString().strip().replaceAll(" {2,}", " ");
    }
}
