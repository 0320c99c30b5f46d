package org.wenzhai.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Document;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightFilter;
import org.wenzhai.i18n.Messages;
import org.wenzhai.storage.DocumentRepository;
import org.wenzhai.storage.HighlightRepository;
import org.wenzhai.storage.SettingsRepository;

/**
 * Exports highlights as excerpts with their source lines, grouped by document → article →
 * heading path in reading order, in txt, md, docx or csv. Orphans are not exported (they have
 * no place to cite). Nothing matching means nothing is written.
 */
public class ExcerptExporter {
    /** The library setting that holds the source-line template. */
    public static final String TEMPLATE_SETTING = "export.citationTemplate";

    private final HighlightRepository highlights;
    private final DocumentRepository documents;
    private final SettingsRepository settings;
    private final Map<ExportFormat, ExcerptWriter> writers = new EnumMap<>(ExportFormat.class);

    /** What to export and how; a null encoding or template means the format's or library's default. */
    public record Request(HighlightFilter filter, ExportFormat format, TextEncoding encoding, String template) {
        public Request {
            filter = filter == null ? HighlightFilter.all() : filter;
            format = format == null ? ExportFormat.TXT : format;
        }
    }

    /** What was written. {@code file} is null when written to a stream. */
    public record Result(int excerpts, int documents, ExportFormat format, TextEncoding encoding, Path file) {
    }

    public ExcerptExporter(HighlightRepository highlights, DocumentRepository documents, SettingsRepository settings,
                           List<ExcerptWriter> writers) {
        this.highlights = highlights;
        this.documents = documents;
        this.settings = settings;
        for (ExcerptWriter w : writers) {
            this.writers.put(w.format(), w);
        }
    }

    /** The four writers of this package. */
    public static List<ExcerptWriter> standardWriters() {
        return List.of(new TxtExcerptWriter(), new MarkdownExcerptWriter(), new DocxExcerptWriter(), new CsvExcerptWriter());
    }

    /** The library's source-line template (the default when none was saved). */
    public String citationTemplate() {
        return settings.get(TEMPLATE_SETTING).filter(s -> !s.isBlank()).orElse(CitationTemplate.DEFAULT);
    }

    /** Saves the library's source-line template (null or blank: back to the default). Unknown placeholders are an error. */
    public void setCitationTemplate(String template) {
        if (template == null || template.isBlank()) {
            settings.put(TEMPLATE_SETTING, null);
        } else {
            settings.put(TEMPLATE_SETTING, CitationTemplate.parse(template).template());
        }
    }

    /** The highlights matching {@code filter} as grouped excerpts; {@code template} null for the library's. */
    public ExcerptGroups collect(HighlightFilter filter, String template) {
        CitationTemplate citation = CitationTemplate.parse(template == null ? citationTemplate() : template);
        Map<Long, List<Highlight>> byDocument = new LinkedHashMap<>();
        for (Highlight h : highlights.list(filter.placedOnly())) {
            byDocument.computeIfAbsent(h.documentId(), k -> new ArrayList<>()).add(h);
        }
        List<ExcerptGroups.DocumentGroup> out = new ArrayList<>();
        for (Map.Entry<Long, List<Highlight>> e : byDocument.entrySet()) {
            Context ctx = context(e.getKey());
            if (ctx == null) {
                continue;
            }
            List<ExcerptGroups.ArticleGroup> articles = new ArrayList<>();
            Long currentArticle = null;
            List<ExcerptGroups.HeadingGroup> sections = new ArrayList<>();
            List<Excerpt> run = new ArrayList<>();
            List<String> runHeadings = null;
            for (Highlight h : e.getValue()) {
                Excerpt x = ctx.excerpt(h, citation);
                if (x == null) {
                    continue;
                }
                if (!Objects.equals(currentArticle, h.articleId())) {
                    flush(sections, runHeadings, run);
                    if (currentArticle != null) {
                        articles.add(ctx.articleGroup(currentArticle, sections));
                    }
                    sections = new ArrayList<>();
                    currentArticle = h.articleId();
                    runHeadings = null;
                }
                if (runHeadings != null && !runHeadings.equals(x.headings())) {
                    flush(sections, runHeadings, run);
                }
                runHeadings = x.headings();
                run.add(x);
            }
            flush(sections, runHeadings, run);
            if (currentArticle != null) {
                articles.add(ctx.articleGroup(currentArticle, sections));
            }
            if (!articles.isEmpty()) {
                out.add(new ExcerptGroups.DocumentGroup(e.getKey(), ctx.documentTitle, articles));
            }
        }
        return new ExcerptGroups(out);
    }

    private static void flush(List<ExcerptGroups.HeadingGroup> sections, List<String> headings, List<Excerpt> run) {
        if (!run.isEmpty()) {
            sections.add(new ExcerptGroups.HeadingGroup(headings, run));
            run.clear();
        }
    }

    /**
     * Writes the matching excerpts to {@code out}.
     *
     * @throws NothingToExportException when nothing matches (nothing is written)
     */
    public Result export(Request request, OutputStream out) throws IOException {
        TextEncoding encoding = encodingFor(request);
        ExcerptGroups groups = collect(request.filter(), request.template());
        if (groups.isEmpty()) {
            throw new NothingToExportException();
        }
        writer(request.format()).write(groups, encoding, out);
        return new Result(groups.excerpts().size(), groups.documents().size(), request.format(), encoding, null);
    }

    /**
     * Writes the matching excerpts to a file, replacing it only once the export is complete.
     *
     * @throws NothingToExportException when nothing matches (no file is created or changed)
     */
    public Result exportTo(Request request, Path file) throws IOException {
        TextEncoding encoding = encodingFor(request);
        ExcerptGroups groups = collect(request.filter(), request.template());
        if (groups.isEmpty()) {
            throw new NothingToExportException();
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".wenzhai-export-", ".part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                writer(request.format()).write(groups, encoding, os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Result(groups.excerpts().size(), groups.documents().size(), request.format(), encoding, target);
    }

    private static TextEncoding encodingFor(Request request) {
        if (request.encoding() != null && !request.format().isText()) {
            throw new IllegalArgumentException(Messages.t("passages.export.encodingNotForDocx"));
        }
        return request.encoding() == null ? request.format().defaultEncoding() : request.encoding();
    }

    private ExcerptWriter writer(ExportFormat format) {
        ExcerptWriter w = writers.get(format);
        if (w == null) {
            throw new IllegalArgumentException("no writer for " + format);
        }
        return w;
    }

    /** The source line for a passage starting in this block ({@code template} null for the library's). */
    public String sourceLine(long blockId, String template) {
        Block b = documents.block(blockId).orElseThrow(() -> new IllegalArgumentException(
                Messages.t("passages.noBlock", blockId)));
        Article a = documents.article(b.articleId()).orElseThrow();
        Context ctx = context(a.documentId());
        CitationTemplate citation = CitationTemplate.parse(template == null ? citationTemplate() : template);
        return citation.render(ctx.values(a, ctx.headingsByBlock.getOrDefault(blockId, List.of())));
    }

    private Context context(long documentId) {
        Document d = documents.find(documentId).orElse(null);
        if (d == null) {
            return null;
        }
        return new Context(d, documents.articles(documentId), documents.documentBlocks(documentId));
    }

    /** One document's titles, articles and the heading path above each block. */
    private static final class Context {
        final Document document;
        final String documentTitle;
        final Map<Long, Article> articles = new HashMap<>();
        final Map<Long, List<String>> headingsByBlock = new HashMap<>();
        final Map<Long, Block> blocks = new HashMap<>();

        Context(Document document, List<Article> articleList, List<Block> blockList) {
            this.document = document;
            this.documentTitle = document.title() == null || document.title().isBlank() ? document.fileName() : document.title();
            articleList.forEach(a -> articles.put(a.id(), a));
            Deque<Block> stack = new ArrayDeque<>();
            long article = -1;
            for (Block b : blockList) {
                blocks.put(b.id(), b);
                if (b.articleId() != article) {
                    stack.clear();
                    article = b.articleId();
                }
                if (b.isHeading()) {
                    int level = b.level() == null ? 1 : b.level();
                    while (!stack.isEmpty() && (stack.peekLast().level() == null ? 1 : stack.peekLast().level()) >= level) {
                        stack.removeLast();
                    }
                }
                if (b.isHeading()) {
                    stack.addLast(b); // a passage that starts in a heading is cited under that heading
                }
                headingsByBlock.put(b.id(), stack.stream().map(Block::text).toList());
            }
        }

        String articleTitle(Article a) {
            String t = a.title();
            return t == null || t.isBlank() || t.strip().equals(documentTitle.strip()) ? null : t;
        }

        Map<String, String> values(Article a, List<String> headings) {
            Map<String, String> v = new HashMap<>();
            v.put("document", documentTitle);
            v.put("article", articleTitle(a));
            v.put("heading", headings.isEmpty() ? null : headings.get(headings.size() - 1));
            v.put("headings", String.join(" ", headings));
            v.put("author", a.author());
            v.put("date", a.date() == null ? null : a.date().toString());
            v.put("source", document.source());
            v.put("file", document.fileName());
            return v;
        }

        Excerpt excerpt(Highlight h, CitationTemplate citation) {
            Block first = h.anchor().startBlockId() == null ? null : blocks.get(h.anchor().startBlockId());
            Article a = h.articleId() == null ? null : articles.get(h.articleId());
            if (first == null || a == null) {
                return null;
            }
            List<String> headings = headingsByBlock.getOrDefault(first.id(), List.of());
            return new Excerpt(h, h.anchor().quote(), documentTitle, a.title() == null ? documentTitle : a.title(),
                    a.author(), a.date(), headings, first.order() + 1, citation.render(values(a, headings)));
        }

        ExcerptGroups.ArticleGroup articleGroup(long articleId, List<ExcerptGroups.HeadingGroup> sections) {
            return new ExcerptGroups.ArticleGroup(articleId, articleTitle(articles.get(articleId)), sections);
        }
    }

    /** Writes text and wraps I/O failures (for writers building strings). */
    static void writeText(OutputStream out, TextEncoding encoding, String text) {
        try {
            out.write(encoding.encode(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
