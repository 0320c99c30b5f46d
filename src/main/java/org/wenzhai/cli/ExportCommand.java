package org.wenzhai.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenzhai.domain.HighlightFilter;
import org.wenzhai.export.ExcerptExporter;
import org.wenzhai.export.ExportFormat;
import org.wenzhai.export.TextEncoding;
import org.wenzhai.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export highlights as excerpts with their source lines, grouped by document, article and heading "
                + "in reading order. Orphans are not exported. When nothing matches, nothing is written (exit 1).",
                "Source-line template placeholders: {document} {article} {heading} {headings} {author} {date} {source} "
                        + "{file}; parts whose value is empty are dropped with their brackets and separators. Default: "
                        + "——摘自《{document}》·《{article}》·{heading}（{author}，{date}）",
                "Encodings: txt and md default to utf-8, csv to utf-8-bom (so Excel reads it); docx has none."})
public class ExportCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Option(names = "--tag", paramLabel = "PATH", description = "Only highlights with this tag or a descendant (repeatable: any).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--doc", paramLabel = "ID", description = "Only highlights of this document (repeatable: any).")
    List<Long> documents = new ArrayList<>();

    @Option(names = "--color", paramLabel = "C", description = "Only highlights of this colour.")
    String color;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "txt", description = "txt (default), md, docx, csv.")
    String format;

    @Option(names = "--encoding", paramLabel = "ENC", description = "utf-8, utf-8-bom or gb18030 (txt, md, csv).")
    String encoding;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (required for docx); standard output otherwise.")
    Path out;

    @Option(names = "--template", paramLabel = "T", description = "Source-line template for this export.")
    String template;

    @Option(names = "--save-template", description = "Also keep --template as the library's default.")
    boolean saveTemplate;

    @Option(names = "--json", description = "With --out: print what was written as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ExportFormat fmt;
        TextEncoding enc;
        try {
            fmt = ExportFormat.fromWire(format);
            enc = encoding == null ? null : TextEncoding.fromWire(encoding);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), Cli.USAGE);
        }
        if (fmt == ExportFormat.DOCX && out == null) {
            throw new CliException(Messages.t("passages.cli.docxNeedsOut"), Cli.USAGE);
        }
        if (saveTemplate && template == null) {
            throw new CliException(Messages.t("passages.cli.saveTemplateNeedsTemplate"), Cli.USAGE);
        }
        ExcerptExporter exporter = root.context().excerptExporter();
        if (saveTemplate) {
            exporter.setCitationTemplate(template);
        }
        ExcerptExporter.Request request = new ExcerptExporter.Request(new HighlightFilter(PassagesJson.tags(tags), documents,
                PassagesJson.color(color), false), fmt, enc, template);
        PrintWriter text = root.spec().commandLine().getOut();
        if (out == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            exporter.export(request, bytes);
            text.flush();
            root.rawOut.write(bytes.toByteArray());
            root.rawOut.flush();
            return Cli.OK;
        }
        ExcerptExporter.Result r = exporter.exportTo(request, out);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file().toString());
            m.put("format", r.format().extension());
            m.put("encoding", r.format().isText() ? r.encoding().wireName() : null);
            m.put("excerpts", r.excerpts());
            m.put("documents", r.documents());
            text.println(Json.write(m));
        } else {
            text.println(Messages.t("passages.cli.exported", r.excerpts(), r.documents(), r.file()));
        }
        return Cli.OK;
    }
}
