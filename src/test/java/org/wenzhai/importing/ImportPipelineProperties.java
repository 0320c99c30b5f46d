package org.wenzhai.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Hashes;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.domain.SourceFile;

/**
 * Properties of whatever import pipeline the composition root wires: for any bytes only the typed
 * {@link ImportException} escapes, and for any text every character that is not removed as noise
 * (and recorded) or normalised reaches the document, in order.
 */
class ImportPipelineProperties {
    private static final String[] EXTENSIONS = {"txt", "md", "html", "htm", "docx", "doc", "pdf"};
    private static final String HAN = "我们要坚持以人民为中心的发展思想推动基层治理体系和能力现代化切实增强群众获得感幸福感安全感"
            + "全面从严治党加强作风建设狠抓工作落实深化改革扩大开放乡村振兴生态环境保护营商环境优化科技创新驱动";
    private static final String PUNCT = "，。、；：？！“”‘’（）《》—…·";
    private static final String[] PREFIXES = {"", "", "", "一、", "二、", "（一）", "(二)", "1.", "2．", "3、", "（1）", "第一章 ",
            "一是", "同志们：", "　　", "  "};
    private static Path tmp;
    private static WenzhaiContext context;

    @BeforeContainer
    static void open() throws IOException {
        tmp = Files.createTempDirectory("wenzhai-properties");
        context = WenzhaiContext.open(tmp.resolve("library"));
    }

    @AfterContainer
    static void close() throws IOException {
        context.close();
        try (var paths = Files.walk(tmp)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static Optional<DocumentParser> parser(String extension) {
        return context.importService().parserFor(Path.of("材料." + extension));
    }

    private static SourceFile file(String extension, byte[] bytes) {
        return new SourceFile("材料." + extension, "/收件箱/材料." + extension, extension, bytes, Hashes.sha256Hex(bytes));
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> prefixed = Combinators.combine(Arbitraries.of("PK\u0003\u0004", "%PDF-1.7\n", "<html><body>",
                        "\u00d0\u00cf\u0011\u00e0", "\u00ef\u00bb\u00bf", "\u00ff\u00fe", "# 标题\n"), raw)
                .as((p, r) -> {
                    byte[] head = p.getBytes(StandardCharsets.ISO_8859_1);
                    byte[] out = new byte[head.length + r.length];
                    System.arraycopy(head, 0, out, 0, head.length);
                    System.arraycopy(r, 0, out, head.length, r.length);
                    return out;
                });
        return Arbitraries.oneOf(raw, prefixed);
    }

    @Property(tries = 300)
    void onlyTheTypedImportErrorEscapesForAnyBytes(@ForAll("anyBytes") byte[] bytes, @ForAll("extensions") String extension) {
        Optional<DocumentParser> parser = parser(extension);
        if (parser.isEmpty()) {
            return;
        }
        try {
            ImportedDocument doc = parser.get().parse(file(extension, bytes), ImportOptions.defaults());
            assertThat(doc).isNotNull();
        } catch (ImportException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        } catch (Throwable t) {
            fail("the ." + extension + " parser let " + t + " escape", t);
        }
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    @Provide
    Arbitrary<List<String>> officialLines() {
        Arbitrary<String> body = Arbitraries.strings().withChars((HAN + PUNCT + HAN + "0123456789ABCQ  \t\u3000").toCharArray())
                .ofMinLength(0).ofMaxLength(120);
        Arbitrary<String> line = Combinators.combine(Arbitraries.of(PREFIXES), body).as(String::concat);
        return line.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 300)
    void everyCharacterThatIsNotNoiseReachesTheDocumentInOrder(@ForAll("officialLines") List<String> lines,
                                                               @ForAll boolean crlf) throws Exception {
        String text = String.join(crlf ? "\r\n" : "\n", lines) + "\n";
        DocumentParser parser = parser("txt").orElseThrow();
        ImportedDocument doc;
        try {
            doc = parser.parse(file("txt", text.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
        } catch (ImportException e) {
            // a text with no Chinese at all (e.g. a lone "7") may be all noise, such as a page number
            assertThat(normalise(text).codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                    .as("a text with Chinese in it was refused: " + e.getMessage()).isTrue();
            return;
        }
        // the output in reading order: document title, then each article's title, author and blocks
        StringBuilder ordered = new StringBuilder(nz(doc.title())).append(nz(doc.source()));
        for (ImportedArticle a : doc.articles()) {
            ordered.append(nz(a.title())).append(nz(a.author()));
            for (ImportedBlock b : a.blocks()) {
                ordered.append(b.text());
            }
        }
        String out = normalise(ordered.toString());
        // the input without what was recorded as removed noise
        List<String> inLines = new ArrayList<>();
        for (String line : lines) {
            inLines.add(normalise(line));
        }
        for (RemovedText r : doc.removed()) {
            String n = normalise(r.text());
            int at = r.lineNumber() - 1;
            if (n.isEmpty()) {
                continue;
            }
            if (at >= 0 && at < inLines.size() && inLines.get(at).contains(n)) {
                // on its own line (1-based line number); a page number stuck to a line's end is its last occurrence
                String l = inLines.get(at);
                int k = l.lastIndexOf(n);
                inLines.set(at, l.substring(0, k) + l.substring(k + n.length()));
            } else {
                for (int k = 0; k < inLines.size(); k++) {
                    if (inLines.get(k).contains(n)) {
                        inLines.set(k, inLines.get(k).replaceFirst(java.util.regex.Pattern.quote(n), ""));
                        break;
                    }
                }
            }
        }
        String in = String.join("", inLines);
        int j = 0;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            while (j < out.length() && out.charAt(j) != c) {
                j++;
            }
            if (j == out.length()) {
                fail("input character '" + c + "' at " + i + " («" + in.substring(Math.max(0, i - 10), i) + "[" + c + "]"
                        + in.substring(i + 1, Math.min(in.length(), i + 10)) + "») does not reach the document in order."
                        + "\ninput:  «" + in + "»\noutput: «" + out + "»\nremoved: " + doc.removed());
            }
            j++;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Whitespace goes, and the unambiguous GBK artefacts are mapped as the pipeline may map them. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u0000') {
                continue;
            }
            sb.append(switch (c) {
                case '〝' -> '“';
                case '〞' -> '”';
                case '臵' -> '置';
                default -> c;
            });
        }
        return sb.toString();
    }
}
