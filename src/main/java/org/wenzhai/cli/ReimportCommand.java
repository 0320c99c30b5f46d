package org.wenzhai.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Document;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.FileResult;
import org.wenzhai.importing.ImportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "reimport", mixinStandardHelpOptions = true,
        description = "Parse stored documents again from their original bytes with the current noise rules "
                + "(after `rules disable ID`). Highlights follow their text or are kept as orphans.")
public class ReimportCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Option(names = "--all", description = "Re-import every document of the library.")
    boolean all;

    @Parameters(arity = "0..*", paramLabel = "DOC_ID")
    List<Long> ids = new ArrayList<>();

    @Override
    public Integer call() {
        if (all == !ids.isEmpty()) {
            throw new CliException(Messages.t("importing.reimport.usage"), Cli.USAGE);
        }
        WenzhaiContext ctx = root.context();
        List<Long> targets = all ? ctx.documentService().list().stream().map(Document::id).toList() : ids;
        var out = root.spec().commandLine().getOut();
        var err = root.spec().commandLine().getErr();
        ImportOptions options = new ImportOptions(null, ctx.disabledNoiseRules());
        boolean failed = false;
        int i = 0;
        for (long id : targets) {
            if (targets.size() > 1) {
                err.println("[" + (++i) + "/" + targets.size() + "] #" + id);
            }
            FileResult r = ctx.importService().reimport(id, options);
            if (r.failed()) {
                failed = true;
                err.println(Messages.t("importing.reimport.failed", String.valueOf(id), r.message()));
            } else {
                out.println(Messages.t("importing.reimport.done", String.valueOf(id))
                        + (r.message() == null ? "" : "  " + r.message()));
            }
        }
        return failed ? Cli.FAILED : Cli.OK;
    }
}
