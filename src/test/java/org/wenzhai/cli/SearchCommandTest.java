package org.wenzhai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.wenzhai.search.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void importMaterials() throws Exception {
        cli = new CliRunner(dir.resolve("lib"));
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("网格.txt"), "关于推进网格化管理的交流发言\n"
                + "近年来，我县坚持D建引领，推行网格化管理，全县划分网格312个。\n"
                + "一是建强网格队伍。二是完善网格机制，做到小事不出网格。\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("头雁.txt"), "发挥头雁作用推动乡村振兴\n"
                + "村党组织书记是乡村振兴的领头雁，要选好配强。\n"
                + "依托ＡＰＰ平台开展线上培训，培训党员1.2万人次。\n", StandardCharsets.UTF_8);
        CliRunner.Result imp = cli.run("import", in.toString());
        assertThat(imp.exitCode()).as(imp.err()).isZero();
    }

    @Test
    void jsonHasTheContractShapeAndOffsetsIntoTheText() throws Exception {
        CliRunner.Result r = cli.run("search", "--json", "网格化管理");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(names(root)).containsExactly("query", "total", "hits");
        assertThat(root.get("query").asText()).isEqualTo("网格化管理");
        assertThat(root.get("total").asInt()).isEqualTo(blocksContaining("网格化管理")).isPositive();
        for (JsonNode hit : root.get("hits")) {
            assertThat(names(hit)).containsExactly("documentId", "articleId", "blockId", "documentTitle", "articleTitle",
                    "headingPath", "text", "matches");
            assertThat(hit.get("headingPath").isArray()).isTrue();
            String text = hit.get("text").asText();
            assertThat(hit.get("matches")).isNotEmpty();
            for (JsonNode m : hit.get("matches")) {
                assertThat(text.substring(m.get(0).asInt(), m.get(1).asInt())).isEqualTo("网格化管理");
            }
        }
    }

    @Test
    void foldingFindsTheObfuscatedAndTheFullWidthForms() throws Exception {
        JsonNode d = new ObjectMapper().readTree(cli.run("search", "--json", "党建引领").out());
        assertThat(d.get("total").asInt()).isEqualTo(1);
        JsonNode m = d.get("hits").get(0).get("matches").get(0);
        assertThat(d.get("hits").get(0).get("text").asText().substring(m.get(0).asInt(), m.get(1).asInt())).isEqualTo("D建引领");
        assertThat(new ObjectMapper().readTree(cli.run("search", "--json", "app").out()).get("total").asInt()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(cli.run("search", "--json", "\"1.2万\"").out()).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void anExclusionMayBeAnArgumentOfItsOwn() throws Exception {
        // search 网格 -管理 in a shell: -管理 is a word of the query, not an unknown option
        CliRunner.Result r = cli.run("search", "--json", "网格", "-管理");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode d = new ObjectMapper().readTree(r.out());
        assertThat(d.get("total").asInt()).isEqualTo(1);
        assertThat(d.get("hits").get(0).get("text").asText()).contains("一是建强网格队伍").doesNotContain("管理");
    }

    @Test
    void limitCapsTheHitsButNotTheTotal() throws Exception {
        JsonNode d = new ObjectMapper().readTree(cli.run("search", "--json", "--limit", "1", "网格").out());
        assertThat(d.get("total").asInt()).isGreaterThan(1);
        assertThat(d.get("hits")).hasSize(1);
    }

    @Test
    void queriesFileGivesOneJsonObjectPerLineInOneProcess() throws Exception {
        Path q = dir.resolve("queries.txt");
        Files.writeString(q, "网格\n头雁 -乡村\n\"未闭合\n乡村振兴\n", StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("search", "--json", "--queries", q.toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        ObjectMapper om = new ObjectMapper();
        assertThat(om.readTree(lines.get(0)).get("query").asText()).isEqualTo("网格");
        assertThat(om.readTree(lines.get(1)).get("total").asInt()).isZero();
        assertThat(om.readTree(lines.get(2)).get("error").asText()).isNotBlank();
        assertThat(om.readTree(lines.get(3)).get("total").asInt()).isEqualTo(blocksContaining("乡村振兴")).isPositive();
        assertThat(r.exitCode()).as("a malformed line is reported in the exit code").isEqualTo(2);
    }

    @Test
    void plainOutputShowsWhereAndMarksTheMatch() {
        CliRunner.Result r = cli.run("search", "领头雁");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("发挥头雁作用推动乡村振兴").contains("【领头雁】");
        assertThat(cli.run("search", "不存在的词语").out()).contains("不存在的词语");
    }

    @Test
    void aMalformedQueryGetsOneLineAndExitTwo() {
        CliRunner.Result r = cli.run("search", "\"网格");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception");
        assertThat(cli.run("search", "doc:x").exitCode()).isEqualTo(2);
        assertThat(cli.run("search", "--limit", "0", "网格").exitCode()).isEqualTo(2);
    }

    @Test
    void reindexRebuildsWithProgressAndSearchStillFinds() throws Exception {
        CliRunner.Result r = cli.run("reindex");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("2/2");
        assertThat(r.out()).isNotBlank();
        // an index deleted behind our back is rebuilt on the next search
        deleteTree(dir.resolve("lib").resolve("index"));
        CliRunner.Result s = cli.run("search", "--json", "头雁");
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(s.err()).contains("2/2");
        assertThat(new ObjectMapper().readTree(s.out()).get("total").asInt()).isEqualTo(blocksContaining("头雁")).isPositive();
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheDatabase() throws Exception {
        assertThat(cli.run("reindex").exitCode()).isZero();
        Path index = dir.resolve("lib").resolve("index");
        Path stored;
        try (var files = Files.list(index)) {
            stored = files.filter(f -> f.toString().endsWith(".fdt")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(stored);
        bytes[10] ^= (byte) 0xFF;
        Files.write(stored, bytes);
        CliRunner.Result s = cli.run("search", "--json", "头雁");
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(new ObjectMapper().readTree(s.out()).get("total").asInt()).isEqualTo(blocksContaining("头雁")).isPositive();

        // a file where the index's folder should be
        deleteTree(index);
        Files.writeString(index, "not an index");
        CliRunner.Result r = cli.run("reindex");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isDirectory(index)).isTrue();
        assertThat(new ObjectMapper().readTree(cli.run("search", "--json", "网格").out()).get("total").asInt())
                .isEqualTo(blocksContaining("网格")).isPositive();
    }

    @Test
    void anExclusionStartingLikeHelpOrVersionIsAWordOfTheQuery() throws Exception {
        // -h and -V alone are options; -hello, -VR and -heading:… are exclusions
        for (String excluded : List.of("-hello", "-VR", "-heading:网格")) {
            CliRunner.Result r = cli.run("search", "--json", "网格", excluded);
            assertThat(r.exitCode()).as(excluded + r.err()).isZero();
            assertThat(new ObjectMapper().readTree(r.out()).get("total").asInt()).as(excluded).isEqualTo(blocksContaining("网格"));
        }
    }

    @Test
    void aBadLimitOrAnOverlongQueryGetsOneLineAndExitTwo() {
        for (String limit : List.of("abc", "99999999999", "", "-1")) {
            CliRunner.Result r = cli.run("search", "--limit", limit, "网格");
            assertThat(r.exitCode()).as(limit).isEqualTo(2);
            assertThat(r.err().strip()).as(limit).doesNotContain("\n").doesNotContain("Usage").contains("--limit");
        }
        String longQuery = String.join(" ", java.util.Collections.nCopies(1100, "网"));
        CliRunner.Result r = cli.run("search", longQuery);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("lucene");
    }

    @Test
    void everyLineOfAQueriesFileIsAnsweredInItsPlaceAndABadOneDoesNotStopTheRest() throws Exception {
        Path q = dir.resolve("queries.txt");
        String longQuery = String.join(" ", java.util.Collections.nCopies(1100, "网"));
        Files.writeString(q, "网格\n\n" + longQuery + "\n头雁\n", StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("search", "--json", "--queries", q.toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        ObjectMapper om = new ObjectMapper();
        assertThat(om.readTree(lines.get(0)).get("total").asInt()).isPositive();
        assertThat(om.readTree(lines.get(1)).get("error").asText()).isNotBlank();
        assertThat(om.readTree(lines.get(2)).get("error").asText()).isNotBlank();
        assertThat(om.readTree(lines.get(3)).get("total").asInt()).isEqualTo(blocksContaining("头雁")).isPositive();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(cli.run("search", "--queries", q.toString(), "网格").exitCode()).as("a query and a file").isEqualTo(2);
    }

    @Test
    void theSnippetNeverCutsACharacterOutsideTheBasicPlane() {
        String rare = "\uD840\uDC00";
        String text = rare.repeat(30) + "网格化" + rare.repeat(60);
        int at = text.indexOf("网格化");
        SearchHit h = new SearchHit(1, 1, 1, "t", "t", List.of(), false, text, List.of(new SearchHit.Match(at, at + 3)), 1f);
        String snippet = SearchCommand.snippet(h);
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            assertThat(Character.isHighSurrogate(c) ? i + 1 < snippet.length() && Character.isLowSurrogate(snippet.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(snippet.charAt(i - 1)))
                    .as("char %d of %s", i, snippet).isTrue();
        }
        assertThat(snippet).contains("【网格化】");
    }

    /** The brute-force answer: blocks of the library's tree whose text contains {@code s}. */
    private int blocksContaining(String s) throws Exception {
        JsonNode tree = new ObjectMapper().readTree(cli.run("tree", "--json").out());
        int n = 0;
        for (JsonNode d : tree.get("documents")) {
            for (JsonNode a : d.get("articles")) {
                for (JsonNode b : a.get("blocks")) {
                    if (b.get("text").asText().contains(s)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static void deleteTree(Path p) throws Exception {
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
