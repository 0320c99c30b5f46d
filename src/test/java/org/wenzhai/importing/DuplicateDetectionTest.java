package org.wenzhai.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.cli.CliRunner;

class DuplicateDetectionTest {
    @TempDir
    Path dir;

    private static final String SHARED_BODY = """
            近年来，某某县坚持把网格化管理作为基层治理的重要抓手，推动组织体系向网格延伸、服务力量向网格下沉、治理资源向网格集聚，走出了一条党建引领基层治理的新路子。
            一、织密组织网络
            全县划分基础网格412个、专属网格86个，选派党员网格长498名，建立网格党小组326个，实现网格党组织全覆盖，做到哪里有群众哪里就有党的组织。
            二、压实网格责任
            一是建立责任清单，明确网格长职责8项、网格员职责12项。二是实行积分管理，每季度通报排名，年底评选优秀网格长并给予表扬，激发干事创业热情。
            三、提升服务效能
            推行网格事项准入制度，为网格员减负松绑，让网格员有更多时间走村入户、服务群众，群众满意度持续提升。
            """;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theSameArticleInsideAnotherCompilationPointsToTheFirstOne() throws Exception {
        Path first = write("a.txt", "基层治理经验交流材料汇编（2篇）\n\n网格连民心 治理显实效\n某某县委组织部\n" + SHARED_BODY
                + "\n聚焦主责主业 建强战斗堡垒\n某某市直机关工委\n机关党建是推动业务工作的重要保障，我们坚持党建业务同谋划、同部署、同落实，推动机关党建高质量发展，"
                + "各级党组织的政治功能和组织功能不断增强，党员干部干事创业的精气神更加饱满，机关作风持续转变。\n一、在融合上下功夫\n推行党建加业务清单化管理，实行双向考核。\n");
        // the same speech in a compilation from another site: other noise, other neighbours, other spacing
        Path second = write("b.txt", "2024年组织工作优秀发言摘登（2篇）\n\n激活乡村振兴新动能\n某某镇党委\n乡村振兴，关键在人。我们坚持人才引领，"
                + "大力实施能人回引工程，累计回引在外能人326名，其中进入村两委班子的有87名，为乡村振兴注入了源源不断的活力，村集体经济收入全部超过十万元。\n"
                + "一、回引能人\n建立在外能人信息库。\n\n网格连民心 治理显实效\n##paidbegin##某某县委组织部\n"
                + SHARED_BODY.replace("，", "， ") + "【某某素材库】——每天更新材料1000篇，会员群同步更新，有意加入请联系客服\n");
        CliRunner cli = new CliRunner(dir.resolve("lib"));
        assertThat(cli.run("import", first.toString()).exitCode()).isZero();
        assertThat(cli.run("import", second.toString()).exitCode()).isZero();

        JsonNode docs = new ObjectMapper().readTree(cli.run("tree", "--json").out()).get("documents");
        JsonNode original = docs.get(0).get("articles").get(0);
        JsonNode otherFirst = docs.get(0).get("articles").get(1);
        JsonNode neighbour = docs.get(1).get("articles").get(0);
        JsonNode copy = docs.get(1).get("articles").get(1);
        assertThat(copy.get("title").asText()).isEqualTo("网格连民心 治理显实效");
        assertThat(copy.get("duplicateOf").asLong()).isEqualTo(original.get("id").asLong());
        assertThat(original.get("duplicateOf").isNull()).isTrue();
        assertThat(otherFirst.get("duplicateOf").isNull()).isTrue();
        assertThat(neighbour.get("duplicateOf").isNull()).isTrue();
    }

    @Test
    void reimportingBothKeepsTheLinkAndNeverPointsIntoItsOwnDocument() throws Exception {
        Path first = write("a.txt", "网格连民心 治理显实效\n某某县委组织部\n" + SHARED_BODY);
        Path second = write("b.txt", "经验交流材料（2篇）\n\n网格连民心 治理显实效\n某某县委组织部\n" + SHARED_BODY
                + "\n聚焦主责主业 建强战斗堡垒\n某某市直机关工委\n机关党建是推动业务工作的重要保障，我们坚持党建业务同谋划、同部署、同落实，"
                + "推动机关党建高质量发展，各级党组织的政治功能和组织功能不断增强，党员干部干事创业的精气神更加饱满，机关作风持续转变。\n");
        CliRunner cli = new CliRunner(dir.resolve("lib"));
        assertThat(cli.run("import", first.toString(), second.toString()).exitCode()).isZero();
        assertThat(cli.run("reimport", "--all").exitCode()).isZero();

        JsonNode docs = new ObjectMapper().readTree(cli.run("tree", "--json").out()).get("documents");
        JsonNode original = docs.get(0).get("articles").get(0);
        JsonNode copy = docs.get(1).get("articles").get(0);
        assertThat(original.get("duplicateOf").isNull()).as("the first never points at its own earlier version").isTrue();
        assertThat(copy.get("duplicateOf").asLong()).as("the copy points at the first's new article")
                .isEqualTo(original.get("id").asLong());
        assertThat(docs.get(1).get("articles").get(1).get("duplicateOf").isNull()).isTrue();
    }

    @Test
    void sameBytesAgainIsAlreadyInTheLibrary() throws Exception {
        Path f = write("a.txt", "网格连民心 治理显实效\n" + SHARED_BODY);
        CliRunner cli = new CliRunner(dir.resolve("lib"));
        assertThat(cli.run("import", f.toString()).exitCode()).isZero();
        Path copy = dir.resolve("copy.txt");
        Files.copy(f, copy);
        CliRunner.Result again = cli.run("import", "--json", copy.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already_present");
    }

    @Test
    void fingerprintsOfRelatedButDifferentArticlesStayFarApart() {
        long a = SimHash.of(SHARED_BODY);
        long noisy = SimHash.of(SHARED_BODY.replace("，", "， ").replace("\n", ""));
        long edited = SimHash.of(SHARED_BODY.replace("412", "413"));
        long other = SimHash.of(SHARED_BODY.replace("网格", "支部").replace("群众", "党员").replace("治理", "建设"));
        assertThat(SimHash.distance(a, noisy)).isZero();
        assertThat(SimHash.distance(a, edited)).isLessThanOrEqualTo(DuplicateDetector.MAX_DISTANCE);
        assertThat(SimHash.distance(a, other)).isGreaterThan(DuplicateDetector.MAX_DISTANCE);
    }
}
