package org.wenzhai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne() {
        List<CorpusGenerator.Material> a = CorpusGenerator.materials(5, 7);
        List<CorpusGenerator.Material> b = CorpusGenerator.materials(5, 7);
        assertThat(a).isEqualTo(b);
        assertThat(CorpusGenerator.materials(5, 8).get(0).toTxt()).isNotEqualTo(a.get(0).toTxt());
    }

    @Test
    void materialsLookLikeCompilationsWithHeadingsEnumerationsAndNoise() {
        String all = String.join("\n", CorpusGenerator.materials(40, 1).stream().map(CorpusGenerator.Material::toTxt).toList());
        assertThat(all).contains("篇）", "目录", "一、", "（一）", "一是", "二是", "%", "组织部", "##paidbegin##");
        assertThat(all).containsPattern("\\n1\\.[^\\n]+\\n").containsPattern("（1）");
    }

    @Test
    void writesFilesUntilTheTargetSizeIsReached() throws Exception {
        List<Path> files = CorpusGenerator.writeTxtFiles(dir, 200_000, 3);
        long total = 0;
        for (Path p : files) {
            total += Files.size(p);
        }
        assertThat(total).isGreaterThanOrEqualTo(200_000);
        assertThat(files).allSatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".txt"));
    }

    @Test
    void paragraphsAreBodyTextOnly() {
        List<String> ps = CorpusGenerator.paragraphs(300, 11);
        assertThat(ps).hasSize(300).noneMatch(p -> p.matches("^[一二三四五六七八九十]、.*"));
    }
}
