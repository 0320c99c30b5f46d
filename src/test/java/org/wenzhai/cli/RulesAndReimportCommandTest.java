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

class RulesAndReimportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRunner cli;

    private long importMaterial() throws Exception {
        Path f = dir.resolve("通知.txt");
        Files.writeString(f, "关于做好安全生产工作的通知\n各单位：\n要切实抓好安全生产各项工作。\n欢迎参与讨论\n##paidend##\n",
                StandardCharsets.UTF_8);
        cli = new CliRunner(dir.resolve("lib"));
        CliRunner.Result r = cli.run("import", "--json", f.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get("files").get(0).get("documentId").asLong();
    }

    private List<String> blocks(long id) throws Exception {
        CliRunner.Result tree = cli.run("tree", "--json", String.valueOf(id));
        List<String> texts = new ArrayList<>();
        for (JsonNode a : JSON.readTree(tree.out()).get("documents").get(0).get("articles")) {
            a.get("blocks").forEach(b -> texts.add(b.get("text").asText()));
        }
        return texts;
    }

    private List<String> removedRules(long id) throws Exception {
        CliRunner.Result r = cli.run("removed", "--json", String.valueOf(id));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rules = new ArrayList<>();
        JSON.readTree(r.out()).get("removed").forEach(x -> rules.add(x.get("rule").asText()));
        return rules;
    }

    @Test
    void whatWasRemovedIsShownWithItsRule() throws Exception {
        long id = importMaterial();
        assertThat(removedRules(id)).containsExactly("web.discuss", "paywall.marker");
        CliRunner.Result text = cli.run("removed", String.valueOf(id));
        assertThat(text.out()).contains("web.discuss").contains("欢迎参与讨论");
    }

    @Test
    void turningARuleOffAndReimportingBringsTheTextBackAndOnAgainRemovesIt() throws Exception {
        long id = importMaterial();
        assertThat(blocks(id)).doesNotContain("欢迎参与讨论");

        CliRunner.Result off = cli.run("rules", "disable", "web.discuss");
        assertThat(off.exitCode()).as(off.err()).isZero();
        JsonNode listed = JSON.readTree(cli.run("rules", "list", "--json").out()).get("rules");
        List<String> offIds = new ArrayList<>();
        listed.forEach(r -> {
            if (!r.get("enabled").asBoolean()) {
                offIds.add(r.get("id").asText());
            }
        });
        assertThat(offIds).containsExactly("web.discuss");

        CliRunner.Result re = cli.run("reimport", String.valueOf(id));
        assertThat(re.exitCode()).as(re.err()).isZero();
        assertThat(blocks(id)).contains("欢迎参与讨论");
        assertThat(removedRules(id)).containsExactly("paywall.marker");

        assertThat(cli.run("rules", "enable", "web.discuss").exitCode()).isZero();
        assertThat(cli.run("reimport", "--all").exitCode()).isZero();
        assertThat(blocks(id)).doesNotContain("欢迎参与讨论");
        assertThat(removedRules(id)).containsExactly("web.discuss", "paywall.marker");
    }

    @Test
    void thePipelinesOwnSwitchesAreListedAndCanBeTurnedOff() throws Exception {
        importMaterial();
        for (String id : List.of("head.block", "page.running-header", "reflow.page-number", "page.number-after",
                "web.link-list", "web.masthead")) {
            CliRunner.Result off = cli.run("rules", "disable", id);
            assertThat(off.exitCode()).as(id + ": " + off.err()).isZero();
            assertThat(cli.run("rules", "enable", id).exitCode()).isZero();
        }
        assertThat(cli.run("rules", "list").out()).contains("web.masthead");
    }

    @Test
    void anUnknownRuleOrDocumentIsAUsageErrorThatChangesNothing() throws Exception {
        long id = importMaterial();
        CliRunner.Result r = cli.run("rules", "disable", "no.such-rule");
        assertThat(r.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("no.such-rule");
        assertThat(cli.run("rules", "list", "--json").out()).doesNotContain("\"enabled\":false");
        assertThat(cli.run("reimport").exitCode()).isEqualTo(Cli.USAGE);
        CliRunner.Result missing = cli.run("reimport", String.valueOf(id + 100));
        assertThat(missing.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(blocks(id)).contains("要切实抓好安全生产各项工作。");
    }

    @Test
    void aLibrarysOwnRulesFileIsUsed() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib").resolve("noise-rules.txt"),
                "our.stamp  line  /本材料由.{1,12}整理/  Our study group's stamp\n", StandardCharsets.UTF_8);
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "关于某项工作的报告\n本材料由某某学习小组整理\n正文内容。\n", StandardCharsets.UTF_8);
        cli = new CliRunner(dir.resolve("lib"));
        CliRunner.Result r = cli.run("import", "--json", f.toString());
        long id = JSON.readTree(r.out()).get("files").get(0).get("documentId").asLong();
        assertThat(blocks(id)).containsExactly("正文内容。");
        assertThat(removedRules(id)).containsExactly("our.stamp");
        assertThat(cli.run("rules", "list").out()).contains("our.stamp");
    }
}
