package org.wenzhai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wenzhai.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent snapshot of the library to FILE (a zip), even while it is in use.")
public class BackupCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        long size = root.context().backupService().backupTo(file, force);
        root.spec().commandLine().getOut().println(Messages.t("safety.backup.done", file.toAbsolutePath().normalize(),
                Sizes.human(size)));
        return Cli.OK;
    }
}
