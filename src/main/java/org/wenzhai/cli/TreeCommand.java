package org.wenzhai.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Document;
import org.wenzhai.i18n.Messages;
import org.wenzhai.documents.DocumentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "tree", mixinStandardHelpOptions = true,
        description = "Show the library (or one document) as a tree: documents, articles, headings, paragraphs.")
public class TreeCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Option(names = "--json", description = "Print the tree as JSON.")
    boolean json;

    @Parameters(arity = "0..1", paramLabel = "DOC_ID")
    Long documentId;

    @Override
    public Integer call() {
        WenzhaiContext ctx = root.context();
        DocumentService repo = ctx.documentService();
        List<Document> docs;
        if (documentId != null) {
            docs = repo.find(documentId).map(List::of)
                    .orElseThrow(() -> new CliException(Messages.t("tree.noDocument", documentId)));
        } else {
            docs = repo.list();
        }
        var out = root.spec().commandLine().getOut();
        if (json) {
            List<Map<String, Object>> jdocs = new ArrayList<>();
            for (Document d : docs) {
                jdocs.add(documentJson(repo, d));
            }
            Map<String, Object> top = new LinkedHashMap<>();
            top.put("documents", jdocs);
            out.println(Json.write(top));
        } else {
            for (Document d : docs) {
                out.println("#" + d.id() + " " + nz(d.title()) + "  [" + d.fileName() + ", " + d.format() + ", "
                        + d.encoding() + "]" + (d.source() == null ? "" : "  来源:" + d.source()));
                for (Article a : repo.articles(d.id())) {
                    out.println("  #" + a.id() + " 《" + nz(a.title()) + "》" + (a.author() == null ? "" : " " + a.author())
                            + (a.date() == null ? "" : " " + a.date())
                            + (a.duplicateOf() == null ? "" : " (= #" + a.duplicateOf() + ")"));
                    for (Block b : repo.blocks(a.id())) {
                        if (b.isHeading()) {
                            out.println("    " + "  ".repeat(Math.max(0, b.level() - 1)) + b.text());
                        }
                    }
                }
            }
        }
        return Cli.OK;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Map<String, Object> documentJson(DocumentService repo, Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("file", d.fileName());
        m.put("format", d.format());
        m.put("encoding", d.encoding());
        m.put("source", d.source());
        List<Map<String, Object>> arts = new ArrayList<>();
        for (Article a : repo.articles(d.id())) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("id", a.id());
            am.put("title", a.title());
            am.put("author", a.author());
            am.put("date", a.date() == null ? null : a.date().toString());
            am.put("duplicateOf", a.duplicateOf());
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (Block b : repo.blocks(a.id())) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("type", b.type().wireName());
                bm.put("id", b.id());
                if (b.isHeading()) {
                    bm.put("level", b.level());
                }
                bm.put("text", b.text());
                blocks.add(bm);
            }
            am.put("blocks", blocks);
            arts.add(am);
        }
        m.put("articles", arts);
        return m;
    }
}
