package org.wenzhai.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.wenzhai.i18n.Messages;
import org.wenzhai.search.IndexProgress;
import org.wenzhai.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the library's database, with progress on stderr.")
public class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Override
    public Integer call() {
        PrintWriter err = root.spec().commandLine().getErr();
        SearchService.RebuildReport r = root.context().searchService().rebuild(progressTo(err));
        root.spec().commandLine().getOut().println(Messages.t("search.reindex.done", r.documents(), r.blocks(),
                r.millis(), Sizes.human(r.bytesOnDisk())));
        return Cli.OK;
    }

    /** Progress lines on stderr: every document for small libraries, about every 2 % for large ones. */
    static IndexProgress progressTo(PrintWriter err) {
        return (done, total) -> {
            int step = Math.max(1, total / 50);
            if (total > 0 && (done % step == 0 || done == total)) {
                err.println(Messages.t("search.reindex.progress", done, total));
                err.flush();
            }
        };
    }
}
