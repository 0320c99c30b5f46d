package org.wenzhai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenzhai.i18n.Messages;
import org.wenzhai.search.SearchHit;
import org.wenzhai.search.SearchQueryException;
import org.wenzhai.search.SearchResult;
import org.wenzhai.search.SearchService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

// no -h or -V short options: picocli would read -hello or -VR (an exclusion) as them, clustered with
// other letters. -h and -V alone still print the help and the version (see call()).
@Command(name = "search", version = "Wenzhai 0.1",
        description = {"Search the whole library like Ctrl-F (after folding width, case, traditional/simplified and D/党).",
                "Words separated by spaces must all occur; \"quoted text\" is one exact phrase; -word excludes;",
                "tag:主题/乡村振兴, doc:ID and heading: filter. Exit 2 for a malformed query."})
public class SearchCommand implements Callable<Integer> {
    static final int SNIPPET_CONTEXT = 40;

    @ParentCommand
    WenzhaiCommand root;

    @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "Print version information and exit.")
    boolean version;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    /** Read as text so that a bad value gets the same one-line message as 0 does. */
    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Hits to show (default 50).")
    String limitText;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Run every line of FILE as a query (one JSON object per line with --json).")
    Path queries;

    @Parameters(arity = "0..*", paramLabel = "QUERY")
    List<String> words;

    @Override
    public Integer call() {
        if (words != null && words.size() == 1 && queries == null && (words.get(0).equals("-h") || words.get(0).equals("-V"))) {
            CommandLine cl = root.spec().commandLine().getSubcommands().get("search");
            if (words.get(0).equals("-h")) {
                cl.usage(cl.getOut());
            } else {
                cl.printVersionHelp(cl.getOut());
            }
            return Cli.OK;
        }
        int limit = parseLimit(limitText);
        List<String> lines;
        if (queries != null && words != null && !words.isEmpty()) {
            throw new CliException(Messages.t("search.error.queriesAndWords"), Cli.USAGE);
        }
        if (queries != null) {
            try {
                // every line answered, a blank one with an error, so answer N is line N
                lines = Files.readAllLines(queries, StandardCharsets.UTF_8).stream()
                        .map(l -> l.startsWith("\uFEFF") ? l.substring(1) : l).toList();
            } catch (IOException | RuntimeException e) {
                throw new CliException(Messages.t("search.error.queriesFile", queries), Cli.USAGE);
            }
        } else if (words == null || words.isEmpty()) {
            throw new CliException(Messages.t("search.error.noQuery"), Cli.USAGE);
        } else {
            lines = List.of(String.join(" ", words));
        }
        PrintWriter out = root.spec().commandLine().getOut();
        PrintWriter err = root.spec().commandLine().getErr();
        SearchService search = root.context().searchService();
        if (search.needsRebuild()) {
            err.println(Messages.t("search.reindex.auto"));
        }
        search.ensureReady(ReindexCommand.progressTo(err));
        int exit = Cli.OK;
        for (String q : lines) {
            try {
                SearchResult r = search.searchNow(q, limit);
                if (json) {
                    out.println(Json.write(toJson(r)));
                } else {
                    printPlain(out, r);
                }
            } catch (SearchQueryException e) {
                exit = Cli.USAGE;
                if (json && queries != null) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("query", q);
                    m.put("error", e.getMessage());
                    out.println(Json.write(m));
                } else {
                    err.println(Messages.t("cli.error", e.getMessage()));
                }
            }
        }
        out.flush();
        return exit;
    }

    private static int parseLimit(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliException(Messages.t("search.error.badLimit", text), Cli.USAGE);
    }

    static Map<String, Object> toJson(SearchResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", r.query());
        m.put("total", r.total());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("documentId", h.documentId());
            hm.put("articleId", h.articleId());
            hm.put("blockId", h.blockId());
            hm.put("documentTitle", h.documentTitle());
            hm.put("articleTitle", h.articleTitle());
            hm.put("headingPath", h.headingPath());
            hm.put("text", h.text());
            List<int[]> matches = new ArrayList<>();
            for (SearchHit.Match x : h.matches()) {
                matches.add(new int[] {x.start(), x.end()});
            }
            hm.put("matches", matches);
            hits.add(hm);
        }
        m.put("hits", hits);
        return m;
    }

    private static void printPlain(PrintWriter out, SearchResult r) {
        if (r.total() == 0) {
            out.println(Messages.t("search.none", r.query()));
            return;
        }
        out.println(r.total() > r.hits().size() ? Messages.t("search.summary", r.total(), r.hits().size())
                : Messages.t("search.summary.all", r.total()));
        int i = 1;
        for (SearchHit h : r.hits()) {
            List<String> where = new ArrayList<>();
            if (h.documentTitle() != null) {
                where.add(h.documentTitle());
            }
            if (h.articleTitle() != null && !h.articleTitle().equals(h.documentTitle())) {
                where.add(h.articleTitle());
            }
            where.addAll(h.headingPath());
            out.println();
            out.println(i++ + ". " + String.join(" · ", where) + "  [#" + h.documentId() + "/" + h.blockId() + "]"
                    + (h.heading() ? "  (" + Messages.t("search.heading") + ")" : ""));
            out.println("   " + snippet(h));
        }
    }

    /** The text around the first match, matches marked 【like this】. */
    static String snippet(SearchHit h) {
        String text = h.text();
        if (h.matches().isEmpty()) {
            return text.length() <= 2 * SNIPPET_CONTEXT ? text : text.substring(0, 2 * SNIPPET_CONTEXT) + "…";
        }
        int from = Math.max(0, h.matches().get(0).start() - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), h.matches().get(0).end() + 2 * SNIPPET_CONTEXT);
        // never half of a character outside the BMP (𠀀)
        if (from > 0 && Character.isLowSurrogate(text.charAt(from)) && Character.isHighSurrogate(text.charAt(from - 1))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to)) && Character.isHighSurrogate(text.charAt(to - 1))) {
            to++;
        }
        StringBuilder sb = new StringBuilder();
        if (from > 0) {
            sb.append('…');
        }
        int at = from;
        for (SearchHit.Match m : h.matches()) {
            if (m.start() >= to) {
                break;
            }
            if (m.start() < at) {
                continue;
            }
            sb.append(text, at, m.start()).append('【').append(text, m.start(), Math.min(m.end(), to)).append('】');
            at = Math.min(m.end(), to);
        }
        sb.append(text, at, to);
        if (to < text.length()) {
            sb.append('…');
        }
        return sb.toString().replace('\n', ' ');
    }
}
