package org.wenzhai.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.wenzhai.i18n.Messages;
import org.wenzhai.i18n.StorageMessages;
import org.wenzhai.storage.LibraryInUseException;
import org.wenzhai.storage.StorageException;
import picocli.CommandLine;

/** Runs the command line: parses arguments, runs one command, returns its exit code. */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int IN_USE = 3;

    private Cli() {
    }

    /** Runs with the process's standard streams, always UTF-8 whatever the platform's default. */
    public static int run(String... args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return run(out, err, args);
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        WenzhaiCommand root = new WenzhaiCommand();
        root.rawOut = out;
        CommandLine cl = new CommandLine(root);
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        // a query's exclusion (-党建) is a word of the query, not an unknown option
        cl.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable e = ex;
            if (e instanceof StorageException se) {
                errWriter.println(StorageMessages.of(se));
                return e instanceof LibraryInUseException ? IN_USE : FAILED;
            }
            if (e instanceof IllegalArgumentException || e instanceof CliException) {
                errWriter.println(Messages.t("cli.error", e.getMessage()));
                return e instanceof CliException ce ? ce.exitCode() : FAILED;
            }
            errWriter.println(Messages.t("cli.error", e));
            return FAILED;
        });
        try {
            return cl.execute(args);
        } finally {
            root.closeContext();
            outWriter.flush();
            errWriter.flush();
        }
    }
}
