package org.wenzhai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wenzhai.domain.IntegrityReport;
import org.wenzhai.i18n.Messages;
import org.wenzhai.safety.RestoreService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup FILE into the library folder (--library DIR), which must be new or empty "
                + "unless --force. A library open in another Wenzhai is never touched (exit 3).")
public class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Option(names = "--force", description = "Replace the library in the folder (it is kept under backups/).")
    boolean force;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        Path folder = root.libraryFolder();
        IntegrityReport r = new RestoreService().restore(file, folder, force);
        root.spec().commandLine().getOut().println(Messages.t("safety.restore.done", folder, r.documents(), r.articles(),
                r.blocks(), r.highlights()));
        return Cli.OK;
    }
}
