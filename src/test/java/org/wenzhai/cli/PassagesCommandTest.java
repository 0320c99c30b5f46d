package org.wenzhai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.passages.PassagesFixture;

/** highlight, tags, tag and orphans through {@link Cli#run}, against a real library. */
class PassagesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRunner cli;
    private Path file;
    private long doc;

    @BeforeEach
    void importSpeech() throws Exception {
        cli = new CliRunner(dir.resolve("lib"));
        file = PassagesFixture.write(dir.resolve("in/讲话.txt"), PassagesFixture.lines());
        assertThat(ok("import", file.toString()).exitCode()).isZero();
        doc = json("tree", "--json").get("documents").get(0).get("id").asLong();
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    private JsonNode json(String... args) throws Exception {
        return JSON.readTree(ok(args).out());
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private String blockText(long blockId) throws Exception {
        for (JsonNode a : json("tree", String.valueOf(doc), "--json").get("documents").get(0).get("articles")) {
            for (JsonNode b : a.get("blocks")) {
                if (b.get("id").asLong() == blockId) {
                    return b.get("text").asText();
                }
            }
        }
        throw new AssertionError("no block " + blockId);
    }

    @Test
    void highlightAddPrintsTheContractShapeAndPointsAtTheQuote() throws Exception {
        JsonNode h = json("highlight", "add", String.valueOf(doc), "--quote", "推动五星支部创建工作走深走实",
                "--tag", "主题/乡村振兴", "--note", "数据", "--color", "green", "--json");
        assertThat(fields(h)).containsExactly("id", "documentId", "articleId", "blockId", "start", "end", "quote");
        assertThat(h.get("documentId").asLong()).isEqualTo(doc);
        assertThat(h.get("quote").asText()).isEqualTo("推动五星支部创建工作走深走实");
        String text = blockText(h.get("blockId").asLong());
        assertThat(text.substring(h.get("start").asInt(), h.get("end").asInt())).isEqualTo("推动五星支部创建工作走深走实");

        JsonNode list = json("highlight", "list", "--json").get("highlights");
        assertThat(list).hasSize(1);
        assertThat(fields(list.get(0))).containsExactly("id", "documentId", "articleId", "blockId", "start", "end", "quote",
                "color", "note", "tags", "orphan");
        assertThat(list.get(0).get("color").asText()).isEqualTo("green");
        assertThat(list.get(0).get("note").asText()).isEqualTo("数据");
        assertThat(list.get(0).get("tags").get(0).asText()).isEqualTo("主题/乡村振兴");
        assertThat(list.get(0).get("orphan").asBoolean()).isFalse();
    }

    @Test
    void aMissingOrAmbiguousQuoteFailsWithOneLineSayingHowOftenItWasFound() {
        CliRunner.Result missing = cli.run("highlight", "add", String.valueOf(doc), "--quote", "不存在的句子");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("0");

        CliRunner.Result ambiguous = cli.run("highlight", "add", String.valueOf(doc), "--quote", "全市");
        assertThat(ambiguous.exitCode()).isEqualTo(1);
        assertThat(ambiguous.err().strip()).doesNotContain("\n").contains("2");

        CliRunner.Result tooFar = cli.run("highlight", "add", String.valueOf(doc), "--quote", "全市", "--occurrence", "3");
        assertThat(tooFar.exitCode()).isEqualTo(1);
        assertThat(tooFar.err()).contains("2").contains("3");

        assertThat(cli.run("highlight", "list", "--json").out()).contains("\"highlights\":[]");
        assertThat(cli.run("highlight", "add", String.valueOf(doc), "--quote", "全市", "--occurrence", "2").exitCode()).isZero();
    }

    @Test
    void listFiltersByTagWithDescendantsByColourAndByDocument() throws Exception {
        ok("highlight", "add", String.valueOf(doc), "--quote", "五星支部创建", "--tag", "主题/乡村振兴/五星支部");
        ok("highlight", "add", String.valueOf(doc), "--quote", "薄弱环节", "--tag", "问题", "--color", "pink");
        ok("highlight", "add", String.valueOf(doc), "--quote", "让党员亮在岗位上", "--tag", "金句", "--color", "pink");

        assertThat(json("highlight", "list", "--tag", "主题", "--json").get("highlights")).hasSize(1);
        assertThat(json("highlight", "list", "--tag", "主题/乡村振兴/五星支部", "--json").get("highlights")).hasSize(1);
        assertThat(json("highlight", "list", "--tag", "主题/乡村", "--json").get("highlights")).isEmpty();
        assertThat(json("highlight", "list", "--tag", "问题", "--tag", "金句", "--json").get("highlights")).hasSize(2);
        JsonNode pink = json("highlight", "list", "--color", "pink", "--json").get("highlights");
        assertThat(pink).hasSize(2);
        // reading order
        assertThat(pink.get(0).get("quote").asText()).isEqualTo("薄弱环节");
        assertThat(json("highlight", "list", "--doc", String.valueOf(doc), "--json").get("highlights")).hasSize(3);
        assertThat(json("highlight", "list", "--doc", String.valueOf(doc + 100), "--json").get("highlights")).isEmpty();
        assertThat(cli.run("highlight", "list", "--color", "orange").exitCode()).isEqualTo(2);
    }

    @Test
    void tagUntagNoteColorAndDeleteChangeOneHighlight() throws Exception {
        long id = json("highlight", "add", String.valueOf(doc), "--quote", "薄弱环节", "--json").get("id").asLong();
        String sid = String.valueOf(id);
        JsonNode h = json("highlight", "tag", sid, "问题/短板", "开头", "--json");
        assertThat(h.get("tags").toString()).isEqualTo("[\"开头\",\"问题/短板\"]");
        h = json("highlight", "untag", sid, "开头", "--json");
        assertThat(h.get("tags").toString()).isEqualTo("[\"问题/短板\"]");
        h = json("highlight", "note", sid, "第一行\n第二行", "--json");
        assertThat(h.get("note").asText()).isEqualTo("第一行\n第二行");
        h = json("highlight", "color", sid, "blue", "--json");
        assertThat(h.get("color").asText()).isEqualTo("blue");
        h = json("highlight", "note", sid, "--clear", "--json");
        assertThat(h.get("note").isNull()).isTrue();

        assertThat(cli.run("highlight", "color", sid, "black").exitCode()).isEqualTo(2);
        assertThat(cli.run("highlight", "note", String.valueOf(id + 99), "x").exitCode()).isEqualTo(1);

        ok("highlight", "delete", sid);
        assertThat(json("highlight", "list", "--json").get("highlights")).isEmpty();
        // the tag stays in the library, now unused
        JsonNode tags = json("tags", "--json").get("tags");
        assertThat(find(tags, "问题").get("total").asInt()).isZero();
        assertThat(find(tags, "开头").get("total").asInt()).isZero();
    }

    @Test
    void tagsShowDirectAndTotalCountsAcrossHighlightsArticlesAndDocuments() throws Exception {
        ok("highlight", "add", String.valueOf(doc), "--quote", "五星支部创建", "--tag", "主题/乡村振兴/五星支部", "--tag", "主题");
        ok("highlight", "add", String.valueOf(doc), "--quote", "薄弱环节", "--tag", "主题/乡村振兴");
        ok("highlight", "add", String.valueOf(doc), "--quote", "让党员亮在岗位上", "--tag", "金句");
        long article = json("tree", "--json").get("documents").get(0).get("articles").get(0).get("id").asLong();
        ok("tag", "add", "--article", String.valueOf(article), "主题/乡村振兴");
        JsonNode shown = json("tag", "add", "--doc", String.valueOf(doc), "主题", "--json");
        assertThat(shown.get("tags").toString()).isEqualTo("[\"主题\"]");

        JsonNode tags = json("tags", "--json").get("tags");
        JsonNode topic = find(tags, "主题");
        assertThat(topic.get("count").asInt()).isEqualTo(2); // one highlight, one document
        assertThat(topic.get("total").asInt()).isEqualTo(4); // two highlights, one article, one document
        JsonNode rural = find(topic.get("children"), "主题/乡村振兴");
        assertThat(rural.get("count").asInt()).isEqualTo(2);
        assertThat(rural.get("total").asInt()).isEqualTo(3);
        JsonNode star = find(rural.get("children"), "主题/乡村振兴/五星支部");
        assertThat(star.get("count").asInt()).isEqualTo(1);
        assertThat(star.get("total").asInt()).isEqualTo(1);
        assertThat(star.get("children")).isEmpty();
        assertThat(find(tags, "金句").get("total").asInt()).isEqualTo(1);

        ok("tag", "remove", "--doc", String.valueOf(doc), "主题");
        assertThat(json("tag", "show", "--doc", String.valueOf(doc), "--json").get("tags")).isEmpty();
        assertThat(cli.run("tag", "add", "--doc", String.valueOf(doc), "--article", String.valueOf(article), "x").exitCode())
                .isEqualTo(2);
    }

    private static JsonNode find(JsonNode list, String path) {
        for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
            JsonNode n = it.next();
            if (n.get("path").asText().equals(path)) {
                return n;
            }
        }
        throw new AssertionError("no tag " + path + " in " + list);
    }

    @Test
    void renameMoveMergeAndDeleteKeepCountsRight() throws Exception {
        ok("highlight", "add", String.valueOf(doc), "--quote", "五星支部创建", "--tag", "主题/乡村振兴/五星支部");
        ok("highlight", "add", String.valueOf(doc), "--quote", "薄弱环节", "--tag", "主题/乡村振兴");
        ok("highlight", "add", String.valueOf(doc), "--quote", "让党员亮在岗位上", "--tag", "专题/振兴", "--tag", "主题/乡村振兴");

        JsonNode renamed = json("tag", "rename", "主题/乡村振兴", "主题/乡村全面振兴", "--json");
        assertThat(renamed.get("documents").toString()).isEqualTo("[" + doc + "]");
        JsonNode topic = find(json("tags", "--json").get("tags"), "主题");
        JsonNode rural = find(topic.get("children"), "主题/乡村全面振兴");
        assertThat(rural.get("count").asInt()).isEqualTo(2);
        assertThat(rural.get("total").asInt()).isEqualTo(3);
        assertThat(find(rural.get("children"), "主题/乡村全面振兴/五星支部").get("count").asInt()).isEqualTo(1);
        assertThat(json("highlight", "list", "--tag", "主题/乡村全面振兴/五星支部", "--json").get("highlights")).hasSize(1);

        // rename onto an existing tag is refused: that is a merge
        CliRunner.Result clash = cli.run("tag", "rename", "专题/振兴", "主题/乡村全面振兴");
        assertThat(clash.exitCode()).isEqualTo(1);
        assertThat(clash.err()).contains("merge");

        ok("tag", "move", "主题/乡村全面振兴/五星支部", "专题");
        assertThat(json("highlight", "list", "--tag", "专题/五星支部", "--json").get("highlights")).hasSize(1);

        // merge: the highlight tagged with both ends up with one tag, counted once
        ok("tag", "merge", "专题/振兴", "主题/乡村全面振兴");
        JsonNode tags = json("tags", "--json").get("tags");
        rural = find(find(tags, "主题").get("children"), "主题/乡村全面振兴");
        assertThat(rural.get("count").asInt()).isEqualTo(2);
        JsonNode special = find(tags, "专题");
        assertThat(special.get("children")).hasSize(1);
        assertThat(special.get("total").asInt()).isEqualTo(1);

        CliRunner.Result refused = cli.run("tag", "delete", "主题");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("2").contains("--force");
        assertThat(json("highlight", "list", "--tag", "主题", "--json").get("highlights")).hasSize(2);

        JsonNode deleted = json("tag", "delete", "主题", "--force", "--json");
        assertThat(deleted.get("highlights").asInt()).isEqualTo(2);
        assertThat(json("highlight", "list", "--json").get("highlights")).hasSize(3);
        assertThat(json("highlight", "list", "--tag", "主题", "--json").get("highlights")).isEmpty();
        assertThat(cli.run("tag", "delete", "没有这个").exitCode()).isEqualTo(1);
    }

    @Test
    void orphansAreListedAndCanBeReattached() throws Exception {
        long id = json("highlight", "add", String.valueOf(doc), "--quote", "把支部建在产业链上", "--note", "保留",
                "--json").get("id").asLong();
        List<String> changed = new ArrayList<>(PassagesFixture.lines());
        changed.set(changed.indexOf(PassagesFixture.P4), "要持续深化作风建设，以钉钉子精神抓好各项任务落实。");
        PassagesFixture.write(file, changed);
        assertThat(ok("import", "--json", file.toString()).out()).contains("replaced");

        JsonNode orphans = json("orphans", "--json").get("orphans");
        assertThat(orphans).hasSize(1);
        assertThat(orphans.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(orphans.get(0).get("orphan").asBoolean()).isTrue();
        assertThat(orphans.get(0).get("note").asText()).isEqualTo("保留");
        assertThat(orphans.get(0).get("origin").asText()).isEqualTo(PassagesFixture.TITLE);
        assertThat(ok("orphans").out()).contains("把支部建在产业链上");

        JsonNode back = json("highlight", "reattach", String.valueOf(id), String.valueOf(doc), "--quote", "钉钉子精神", "--json");
        assertThat(back.get("orphan").asBoolean()).isFalse();
        assertThat(back.get("note").asText()).isEqualTo("保留");
        assertThat(json("orphans", "--json").get("orphans")).isEmpty();
    }

    @Test
    void everyPassagesCommandHasHelp() {
        for (String[] args : List.of(new String[] {"highlight", "--help"}, new String[] {"highlight", "add", "--help"},
                new String[] {"tags", "--help"}, new String[] {"tag", "--help"}, new String[] {"tag", "add", "--help"},
                new String[] {"orphans", "--help"}, new String[] {"export", "--help"})) {
            CliRunner.Result r = cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).contains("Usage");
        }
        assertThat(cli.run("highlight").exitCode()).isEqualTo(2);
    }
}
