package org.wenzhai.ui.search;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wenzhai.i18n.Messages;
import org.wenzhai.search.SearchHit;
import org.wenzhai.search.SearchQueryException;
import org.wenzhai.search.SearchResult;
import org.wenzhai.search.SearchService;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.Debouncer;

/**
 * Search as you type: each change of the query waits {@link #DEBOUNCE_MILLIS} for the next
 * keystroke, then runs on the search service's thread; a newer query cancels the older one and
 * only the newest query's results are shown.
 */
public class SearchViewModel {
    public static final long DEBOUNCE_MILLIS = 150;
    public static final int LIMIT = 200;

    private final SearchService search;
    private final BackgroundWork work;
    private final Debouncer debouncer;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private CompletableFuture<SearchResult> pending;

    public SearchViewModel(SearchService search, BackgroundWork work, Debouncer debouncer) {
        this.search = search;
        this.work = work;
        this.debouncer = debouncer;
        query.addListener((o, a, b) -> debouncer.submit(DEBOUNCE_MILLIS, () -> work.onUi(this::searchNow)));
    }

    /** Runs the current query now (also what the debouncer calls). */
    public void searchNow() {
        String q = query.get() == null ? "" : query.get().strip();
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (q.isEmpty()) {
            results.clear();
            status.set("");
            running.set(false);
            return;
        }
        running.set(true);
        status.set(Messages.t("ui.search.running"));
        CompletableFuture<SearchResult> f = search.search(q, LIMIT);
        pending = f;
        f.whenComplete((result, error) -> work.onUi(() -> {
            if (pending != f) {
                return; // a newer query took over
            }
            pending = null;
            Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (e instanceof SearchQueryException) {
                results.clear();
                status.set(e.getMessage());
            } else if (e != null && !(e instanceof CancellationException)) {
                results.clear();
                status.set(Messages.t("cli.error", e.getMessage()));
            } else if (e == null) {
                results.setAll(result.hits());
                status.set(result.total() == 0 ? Messages.t("ui.search.none")
                        : result.total() > result.hits().size()
                        ? Messages.t("ui.search.countMore", result.total(), result.hits().size())
                        : Messages.t("ui.search.count", result.total()));
            }
            // last: whoever sees the search finished sees its results and status
            running.set(false);
        }));
    }

    /** The snippet of a hit: up to {@code context} characters around its first match. */
    public static Snippet snippet(SearchHit hit, int context) {
        String text = hit.text();
        if (hit.matches().isEmpty()) {
            return new Snippet(text.length() > context * 2 ? text.substring(0, context * 2) + "…" : text, -1, -1);
        }
        SearchHit.Match m = hit.matches().get(0);
        int from = Math.max(0, m.start() - context);
        int to = Math.min(text.length(), m.end() + context);
        String prefix = from > 0 ? "…" : "";
        String body = prefix + text.substring(from, to) + (to < text.length() ? "…" : "");
        int start = prefix.length() + m.start() - from;
        return new Snippet(body, start, start + (m.end() - m.start()));
    }

    /** A snippet with the marked match at {@code [start, end)} (-1 when there is none). */
    public record Snippet(String text, int start, int end) {
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void close() {
        debouncer.close();
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
