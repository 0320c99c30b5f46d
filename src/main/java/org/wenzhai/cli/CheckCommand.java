package org.wenzhai.cli;

import java.util.concurrent.Callable;
import org.wenzhai.domain.IntegrityReport;
import org.wenzhai.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Verify the library: no orphan rows, every document's original bytes intact. Exit 1 on any problem.")
public class CheckCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Override
    public Integer call() {
        IntegrityReport r = root.context().integrityService().check();
        var out = root.spec().commandLine().getOut();
        if (r.ok()) {
            out.println(Messages.t("safety.check.ok", r.documents(), r.articles(), r.blocks(), r.highlights(), r.tags()));
            return Cli.OK;
        }
        for (String p : r.problems()) {
            root.spec().commandLine().getErr().println(Messages.t("safety.check.problem", p));
        }
        return Cli.FAILED;
    }
}
