package org.wenzhai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAndTreeCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void importedFileAppearsInTreeJsonWithTheContractFields() throws Exception {
        Path f = write("讲话.txt", "在全县干部大会上的讲话\n\n同志们：\n今天召开会议，主要任务是部署工作。\n");
        CliRunner cli = new CliRunner(dir.resolve("lib"));
        CliRunner.Result imp = cli.run("import", f.toString());
        assertThat(imp.exitCode()).as(imp.err()).isZero();

        CliRunner.Result tree = cli.run("tree", "--json");
        assertThat(tree.exitCode()).as(tree.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(tree.out()).get("documents").get(0);
        assertThat(fieldNames(doc)).containsExactly("id", "title", "file", "format", "encoding", "source", "articles");
        assertThat(doc.get("file").asText()).isEqualTo("讲话.txt");
        assertThat(doc.get("format").asText()).isEqualTo("txt");
        assertThat(doc.get("title").asText()).contains("讲话");
        JsonNode article = doc.get("articles").get(0);
        assertThat(fieldNames(article)).containsExactly("id", "title", "author", "date", "duplicateOf", "blocks");
        List<String> texts = new ArrayList<>();
        article.get("blocks").forEach(b -> texts.add(b.get("text").asText()));
        assertThat(String.join("\n", texts)).contains("今天召开会议，主要任务是部署工作。");
        JsonNode block = article.get("blocks").get(0);
        assertThat(block.get("type").asText()).isIn("heading", "paragraph");
        assertThat(block.get("id").isIntegralNumber()).isTrue();
    }

    @Test
    void importingTheSameBytesAgainIsNotAnError() throws Exception {
        Path f = write("a.txt", "标题\n正文第一段。\n");
        CliRunner cli = new CliRunner(dir.resolve("lib"));
        assertThat(cli.run("import", f.toString()).exitCode()).isZero();
        CliRunner.Result again = cli.run("import", "--json", f.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already_present");
    }

    @Test
    void aMissingFileFailsWithExitOneWhileTheOthersAreImported() throws Exception {
        Path good = write("good.txt", "好文件\n正文。\n");
        CliRunner cli = new CliRunner(dir.resolve("lib"));
        CliRunner.Result r = cli.run("import", dir.resolve("nope.txt").toString(), good.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("nope.txt");
        assertThat(cli.run("tree", "--json").out()).contains("good.txt");
    }

    @Test
    void everyCommandHasHelp() {
        CliRunner cli = new CliRunner(dir.resolve("lib"));
        for (String name : List.of("import", "tree", "search", "highlight", "tags", "tag", "export", "reindex",
                "backup", "restore", "orphans", "check", "rules", "removed", "reimport")) {
            CliRunner.Result r = cli.run(name, "--help");
            assertThat(r.exitCode()).as(name).isZero();
            assertThat(r.out()).as(name).contains("Usage");
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
