package org.wenzhai.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.search.SearchHit;
import org.wenzhai.ui.UiFixture;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.Debouncer;

class SearchViewModelTest {
    @TempDir
    Path dir;
    private UiFixture lib;
    private SearchViewModel vm;

    @BeforeEach
    void open() {
        lib = new UiFixture(dir);
        vm = new SearchViewModel(lib.context.searchService(), BackgroundWork.direct(), Debouncer.immediate());
    }

    @AfterEach
    void close() {
        vm.close();
        lib.close();
    }

    /** The search runs on the service's own thread; wait for it to hand back (a wait, not a timing assertion). */
    private void settle() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (vm.runningProperty().get() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(vm.runningProperty().get()).as("search finished").isFalse();
    }

    @Test
    void typingAQueryListsHitsWithHeadingPathAndMatches() throws Exception {
        vm.queryProperty().set("网格员");
        settle();
        assertThat(vm.results()).hasSize(1);
        SearchHit hit = vm.results().get(0);
        assertThat(hit.blockId()).isEqualTo(lib.block(4).id());
        assertThat(hit.headingPath()).containsExactly("一、建强网格队伍", "（一）明确职责清单");
        assertThat(SearchView.where(hit)).isEqualTo("抓实网格治理 夯实基层基础 › 一、建强网格队伍 › （一）明确职责清单");
        assertThat(vm.statusProperty().get()).isEqualTo("找到 1 处");

        SearchViewModel.Snippet s = SearchViewModel.snippet(hit, 5);
        assertThat(s.text().substring(s.start(), s.end())).isEqualTo("网格员");
        assertThat(s.text()).startsWith("…");
    }

    @Test
    void anEmptyQueryClearsAndAMalformedOneSaysWhy() throws Exception {
        vm.queryProperty().set("网格");
        settle();
        assertThat(vm.results()).isNotEmpty();
        vm.queryProperty().set("  ");
        assertThat(vm.results()).isEmpty();
        assertThat(vm.statusProperty().get()).isEmpty();

        vm.queryProperty().set("\"网格");
        settle();
        assertThat(vm.results()).isEmpty();
        assertThat(vm.statusProperty().get()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void onlyTheNewestQueryIsShown() throws Exception {
        for (String q : List.of("网", "网格", "头雁")) {
            vm.queryProperty().set(q);
        }
        settle();
        assertThat(vm.results()).isNotEmpty().allMatch(h -> h.text().contains("头雁"));
    }

    @Test
    void nothingFoundSaysSo() throws Exception {
        vm.queryProperty().set("航天");
        settle();
        assertThat(vm.results()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("没有找到");
    }
}
