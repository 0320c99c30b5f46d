package org.wenzhai.storage;

import java.time.LocalDate;
import java.util.List;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;

/** Small documents written for tests. */
public final class LibraryTestSupport {
    private LibraryTestSupport() {
    }

    public static ImportedDocument twoArticleDocument() {
        return new ImportedDocument("县域经济发展交流材料汇编（2篇）", "内部交流", "UTF-8", List.of(
                new ImportedArticle("抓实网格治理 夯实基层基础", "某县委组织部", LocalDate.of(2024, 5, 8), List.of(
                        ImportedBlock.paragraph("近年来，我县坚持把网格化管理作为基层治理的重要抓手。"),
                        ImportedBlock.heading(1, "一、建强网格队伍"),
                        ImportedBlock.paragraph("一是选优配强网格长。二是常态开展培训。"),
                        ImportedBlock.heading(2, "（一）明确职责清单"),
                        ImportedBlock.paragraph("全县划分网格312个，配备专职网格员640名。"))),
                new ImportedArticle("发挥头雁作用 推动乡村振兴", null, null, List.of(
                        ImportedBlock.heading(1, "一、选好头雁"),
                        ImportedBlock.paragraph("村党组织书记是乡村振兴的领头雁。")))),
                List.of(new org.wenzhai.domain.RemovedText("advert.member-group", 3, "会员群：123")));
    }

    public static SourceFile file(String name, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new SourceFile(name, "/materials/" + name, "txt", bytes, org.wenzhai.domain.Hashes.sha256Hex(bytes));
    }
}
