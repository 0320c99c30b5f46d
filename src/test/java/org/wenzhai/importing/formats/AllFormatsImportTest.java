package org.wenzhai.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.cli.CliRunner;

/** A folder of every format through the real command line, library and pipeline. */
class AllFormatsImportTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOfEveryFormatImportsAndBadFilesGetOneLineEach() throws Exception {
        Path in = Files.createDirectories(dir.resolve("材料 文件夹/子目录"));
        Files.write(in.resolve("讲话.txt"), ("在全县干部大会上的讲话\r\n同志们：\r\n今天召开会议，主要任务是部署全年工作。\r\n"
                + "一、加强组织领导\r\n各级党委要切实担负起主体责任。\r\n").getBytes(Charset.forName("GBK")));
        Files.writeString(in.resolve("要点.md"), "# 2024年工作要点\n\n## 一、总体要求\n\n坚持稳中求进工作总基调。\n");
        Files.write(in.resolve("网页.html"), ("<html><head><meta charset=\"gb2312\"><title>经验交流</title></head><body>"
                + "<nav>首页 | 返回</nav><h1>抓党建促乡村振兴的实践与思考</h1><p>近年来，我们坚持党建引领。</p>"
                + "<h2>一、强化组织引领</h2><p>选优配强村党组织书记。</p><footer>版权所有</footer></body></html>")
                .getBytes(Charset.forName("GBK")));
        Files.write(in.resolve("通知.docx"), DocxFixtures.officialNotice());
        byte[] docx = DocxFixtures.officialNotice();
        Files.write(in.getParent().resolve("损坏.docx"), Arrays.copyOf(docx, docx.length / 2));
        Files.write(in.getParent().resolve("图片.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
            0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        Files.write(in.getParent().resolve("空.md"), new byte[0]);

        CliRunner cli = new CliRunner(dir.resolve("lib"));
        CliRunner.Result imp = cli.run("import", dir.resolve("材料 文件夹").toString());
        assertThat(imp.exitCode()).as(imp.err()).isEqualTo(1);
        assertThat(imp.err().lines().filter(l -> l.contains("损坏.docx:"))).hasSize(1);
        assertThat(imp.err().lines().filter(l -> l.contains("图片.txt:"))).hasSize(1);
        assertThat(imp.err().lines().filter(l -> l.contains("空.md:"))).hasSize(1);
        assertThat(imp.err()).doesNotContain("Exception").doesNotContain("\tat ");

        CliRunner.Result tree = cli.run("tree", "--json");
        assertThat(tree.exitCode()).as(tree.err()).isZero();
        JsonNode docs = new ObjectMapper().readTree(tree.out()).get("documents");
        Map<String, JsonNode> byFile = new HashMap<>();
        docs.forEach(d -> byFile.put(d.get("file").asText(), d));
        assertThat(byFile).containsOnlyKeys("讲话.txt", "要点.md", "网页.html", "通知.docx");
        assertThat(byFile.get("讲话.txt").get("encoding").asText()).isEqualTo("GB18030");
        assertThat(byFile.get("要点.md").get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(byFile.get("网页.html").get("encoding").asText()).isEqualTo("GB18030");
        assertThat(byFile.get("通知.docx").get("format").asText()).isEqualTo("docx");

        assertThat(byFile.get("通知.docx").toString()).contains("一、加强组织领导", "（一）压实工作责任");
        assertThat(byFile.get("网页.html").toString()).contains("一、强化组织引领", "选优配强村党组织书记。")
                .doesNotContain("版权所有", "首页 | 返回");
        assertThat(byFile.get("讲话.txt").toString()).contains("各级党委要切实担负起主体责任。");
    }
}
