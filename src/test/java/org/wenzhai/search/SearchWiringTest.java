package org.wenzhai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.TagPath;
import org.wenzhai.importing.FileResult;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.passages.HighlightService;

/** Writes through the real services reach the index in the same operation, as wired in WenzhaiContext. */
class SearchWiringTest {
    @TempDir
    Path dir;

    @Test
    void importsTagsHighlightsRenamesAndDeletesAreFollowed() throws Exception {
        Path file = dir.resolve("发言.txt");
        Files.writeString(file, "关于抓党建促乡村振兴的交流发言\n"
                + "近年来，我县坚持抓党建促乡村振兴，选优配强村党组织书记。\n"
                + "一、建强头雁队伍\n"
                + "一是实施头雁工程，培训村干部1200人次。二是推行积分管理。\n", StandardCharsets.UTF_8);
        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("lib"))) {
            FileResult r = ctx.importService().importFile(file, new ImportOptions(null, java.util.Set.of()));
            assertThat(r.documentId()).as(r.message()).isNotNull();
            long id = r.documentId();
            SearchService search = ctx.searchService();
            SearchResult imported = search.searchNow("头雁工程", 10);
            assertThat(imported.total()).as("import indexed").isEqualTo(1);
            assertThat(imported.hits().get(0).headingPath()).containsExactly("一、建强头雁队伍");

            ctx.tagService().tagDocument(id, List.of(TagPath.of("主题/乡村振兴")));
            assertThat(search.searchNow("tag:主题 头雁工程", 10).total()).as("document tag with ancestor").isEqualTo(1);

            ctx.highlightService().addByQuote(id, "推行积分管理", null,
                    new HighlightService.Details(null, null, List.of(TagPath.of("方法/积分制"))));
            assertThat(search.searchNow("tag:方法", 10).hits()).extracting(SearchHit::text)
                    .allSatisfy(t -> assertThat(t).contains("推行积分管理")).isNotEmpty();

            ctx.tagService().rename(TagPath.of("主题/乡村振兴"), TagPath.of("主题/振兴乡村"));
            assertThat(search.searchNow("tag:主题/振兴乡村 头雁工程", 10).total()).isEqualTo(1);
            assertThat(search.searchNow("tag:主题/乡村振兴", 10).total()).isZero();

            ctx.documentService().renameDocument(id, "新标题");
            assertThat(search.searchNow("头雁工程", 10).hits().get(0).documentTitle()).isEqualTo("新标题");

            ctx.documentService().delete(id);
            assertThat(search.searchNow("头雁", 10).total()).isZero();
        }
        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("lib"))) {
            assertThat(ctx.searchService().needsRebuild()).as("the index kept up with every write").isFalse();
        }
    }
}
