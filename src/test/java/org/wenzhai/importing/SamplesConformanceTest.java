package org.wenzhai.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wenzhai.cli.CliRunner;

/**
 * Imports every real sample of ../shared/samples through the command line and checks what
 * {@code tree --json} shows against samples/expected/NNN.json, field by field as
 * ../shared/README.md defines them. Skipped only when ../shared is absent.
 */
class SamplesConformanceTest {
    static final Path SAMPLES = Path.of("..", "shared", "samples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<String> expectedFiles() throws IOException {
        if (!Files.isDirectory(SAMPLES.resolve("expected"))) {
            return Stream.of("(no ../shared/samples)");
        }
        try (Stream<Path> s = Files.list(SAMPLES.resolve("expected"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void sampleImportsAsExpected(String expectedName) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES.resolve("expected")), "../shared/samples is absent");
        JsonNode expected = JSON.readTree(SAMPLES.resolve("expected").resolve(expectedName).toFile());
        Path sample = SAMPLES.resolve(expected.get("file").asText());

        CliRunner cli = new CliRunner(dir.resolve("lib"));
        CliRunner.Result imp = cli.run("import", sample.toString());
        assertThat(imp.exitCode()).as(imp.err()).isZero();
        CliRunner.Result tree = cli.run("tree", "--json");
        assertThat(tree.exitCode()).as(tree.err()).isZero();
        JsonNode doc = JSON.readTree(tree.out()).get("documents").get(0);

        List<String> failures = check(expected, doc);
        assertThat(failures).as("%s against %s", sample.getFileName(), expectedName).isEmpty();
    }

    /** Every way the document differs from what is expected; empty when it conforms. */
    static List<String> check(JsonNode expected, JsonNode doc) {
        List<String> failures = new ArrayList<>();
        if (expected.has("documentTitleContains")
                && !norm(doc.path("title").asText()).contains(norm(expected.get("documentTitleContains").asText()))) {
            failures.add("document title " + doc.path("title").asText() + " lacks " + expected.get("documentTitleContains"));
        }
        if (expected.has("sourceContains")
                && !norm(doc.path("source").asText("")).contains(norm(expected.get("sourceContains").asText()))) {
            failures.add("source " + doc.path("source") + " lacks " + expected.get("sourceContains"));
        }
        JsonNode articles = doc.get("articles");
        List<String> allTexts = new ArrayList<>();
        List<String> blockTexts = new ArrayList<>();
        for (JsonNode a : articles) {
            allTexts.add(a.path("title").asText(""));
            allTexts.add(a.path("author").asText(""));
            for (JsonNode b : a.get("blocks")) {
                blockTexts.add(b.get("text").asText());
            }
        }
        allTexts.addAll(blockTexts);
        if (expected.has("articles")) {
            JsonNode exp = expected.get("articles");
            if (exp.size() != articles.size()) {
                List<String> titles = new ArrayList<>();
                articles.forEach(a -> titles.add(a.path("title").asText()));
                failures.add("expected " + exp.size() + " articles, got " + articles.size() + ": " + titles);
            }
            for (int i = 0; i < Math.min(exp.size(), articles.size()); i++) {
                checkArticle(i, exp.get(i), articles.get(i), failures);
            }
        }
        if (expected.has("headingsMaxChars")) {
            int max = expected.get("headingsMaxChars").asInt();
            for (JsonNode a : articles) {
                for (JsonNode b : a.get("blocks")) {
                    String t = b.get("text").asText();
                    if (b.get("type").asText().equals("heading") && t.codePointCount(0, t.length()) > max) {
                        failures.add("heading longer than " + max + ": " + t);
                    }
                }
            }
        }
        for (JsonNode n : expected.path("noiseAbsent")) {
            for (String t : allTexts) {
                if (norm(t).contains(norm(n.asText()))) {
                    failures.add("noise " + n + " remains in: " + t);
                }
            }
        }
        for (JsonNode n : expected.path("blocksNotEqual")) {
            for (String t : blockTexts) {
                if (norm(t).equals(norm(n.asText()))) {
                    failures.add("a block is " + n);
                }
            }
        }
        for (JsonNode n : expected.path("blocksNotStartingWith")) {
            for (String t : blockTexts) {
                if (norm(t).startsWith(norm(n.asText()))) {
                    failures.add("a block starts with " + n + ": " + t);
                }
            }
        }
        for (JsonNode p : expected.path("probes")) {
            if (blockTexts.stream().noneMatch(t -> norm(t).contains(norm(p.asText())))) {
                failures.add("probe missing: " + p);
            }
        }
        return failures;
    }

    private static void checkArticle(int i, JsonNode exp, JsonNode a, List<String> failures) {
        String where = "article " + (i + 1) + " (" + a.path("title").asText() + "): ";
        if (exp.has("title") && !norm(a.path("title").asText()).equals(norm(exp.get("title").asText()))) {
            failures.add(where + "title is not " + exp.get("title"));
        }
        if (exp.has("titleStartsWith") && !norm(a.path("title").asText()).startsWith(norm(exp.get("titleStartsWith").asText()))) {
            failures.add(where + "title does not start with " + exp.get("titleStartsWith"));
        }
        if (exp.has("author") && !norm(a.path("author").asText("")).equals(norm(exp.get("author").asText()))) {
            failures.add(where + "author " + a.path("author") + " is not " + exp.get("author"));
        }
        if (exp.has("authorContains") && !norm(a.path("author").asText("")).contains(norm(exp.get("authorContains").asText()))) {
            failures.add(where + "author " + a.path("author") + " lacks " + exp.get("authorContains"));
        }
        if (exp.has("date") && !exp.get("date").asText().equals(a.path("date").asText(""))) {
            failures.add(where + "date " + a.path("date") + " is not " + exp.get("date"));
        }
        List<String> level1 = new ArrayList<>();
        int level2 = 0;
        for (JsonNode b : a.get("blocks")) {
            if (b.get("type").asText().equals("heading")) {
                if (b.get("level").asInt() == 1) {
                    level1.add(b.get("text").asText());
                } else if (b.get("level").asInt() == 2) {
                    level2++;
                }
            }
        }
        if (exp.has("level1Headings") && exp.get("level1Headings").asInt() != level1.size()) {
            failures.add(where + "expected " + exp.get("level1Headings") + " level-1 headings, got " + level1.size() + ": " + level1);
        }
        if (exp.has("level2Headings") && exp.get("level2Headings").asInt() != level2) {
            failures.add(where + "expected " + exp.get("level2Headings") + " level-2 headings, got " + level2);
        }
        if (exp.has("level1Exact")) {
            List<String> want = new ArrayList<>();
            exp.get("level1Exact").forEach(n -> want.add(norm(n.asText())));
            List<String> got = level1.stream().map(SamplesConformanceTest::norm).toList();
            if (!want.equals(got)) {
                failures.add(where + "level-1 headings " + level1 + " are not " + exp.get("level1Exact"));
            }
        }
    }

    /** NFKC, all white space removed, the quote marks 〝〞“”＂ as one. */
    static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        t = t.replaceAll("[\\s\\u3000\\u00A0]+", "");
        return t.replaceAll("[〝〞“”＂\"]", "\"");
    }
}
