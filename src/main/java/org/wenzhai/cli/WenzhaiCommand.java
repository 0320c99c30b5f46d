package org.wenzhai.cli;

import java.nio.file.Path;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.storage.LibraryLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command; every subcommand reaches the library through {@link #context()}. */
@Command(name = "wenzhai", mixinStandardHelpOptions = true, version = "Wenzhai 0.1",
        description = "文摘 Wenzhai — an offline library of Chinese official materials.",
        subcommands = {
                ImportCommand.class,
                TreeCommand.class,
                SearchCommand.class,
                HighlightCommand.class,
                TagsCommand.class,
                TagCommand.class,
                ExportCommand.class,
                ReindexCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                OrphansCommand.class,
                RulesCommand.class,
                RemovedCommand.class,
                ReimportCommand.class,
                CheckCommand.class,
        })
public class WenzhaiCommand implements Runnable {

    @Option(names = "--library", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Library folder (default: $WENZHAI_LIBRARY, else the platform's data folder).")
    Path library;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private WenzhaiContext context;

    /** Standard output as bytes, for commands that write a file's bytes there (export). */
    java.io.PrintStream rawOut = System.out;

    public picocli.CommandLine.Model.CommandSpec spec() {
        return spec;
    }

    @Override
    public void run() {
        throw new CliException("a command is needed; see --help", Cli.USAGE);
    }

    /** The library folder this invocation works on. */
    public Path libraryFolder() {
        return LibraryLocator.resolve(library);
    }

    /** Opens the library on first use; closed when the command ends. */
    public WenzhaiContext context() {
        if (context == null) {
            context = WenzhaiContext.open(libraryFolder());
        }
        return context;
    }

    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
