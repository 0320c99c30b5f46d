package org.wenzhai.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenzhai.domain.Hashes;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.PipelineParser;
import org.wenzhai.importing.clean.NoiseRules;

/** A Word document through the whole pipeline: numbering and heading styles become the tree. */
class DocxPipelineTest {
    @Test
    void wordNumberingAndHeadingStylesBecomeHeadingLevels() throws Exception {
        byte[] bytes = DocxFixtures.officialNotice();
        ImportedDocument doc = new PipelineParser(List.of(new DocxReader()), NoiseRules.builtIn()).parse(
                new SourceFile("通知.docx", "/m/通知.docx", "docx", bytes, Hashes.sha256Hex(bytes)), ImportOptions.defaults());
        assertThat(doc.title()).isEqualTo("关于做好基层治理工作的通知");
        ImportedArticle a = doc.articles().get(0);
        List<String> rendered = a.blocks().stream()
                .map(b -> (b.level() == null ? "P " : "H" + b.level() + " ") + b.text()).toList();
        assertThat(rendered).startsWith("P 各乡镇人民政府，县直各部门：");
        assertThat(a.blocks()).contains(ImportedBlock.heading(1, "一、加强组织领导"),
                ImportedBlock.heading(2, "（一）压实工作责任"), ImportedBlock.paragraph("各级党组织要把基层治理摆上重要议程。"),
                ImportedBlock.heading(1, "二、强化督促检查"));
        // paragraphs that Word ends are never joined, even without a sentence end
        assertThat(rendered).doesNotContain("P 第一行第二行");
    }
}
