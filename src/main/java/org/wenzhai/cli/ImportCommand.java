package org.wenzhai.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.FileResult;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.ImportProgress;
import org.wenzhai.importing.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import files or folders (recursively). Exit 0 when every file was imported or already "
                + "present, 1 when any failed.")
public class ImportCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Option(names = "--json", description = "Print the outcome as JSON.")
    boolean json;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Read text files in this encoding instead of detecting it.")
    String encoding;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() {
        Charset cs = null;
        if (encoding != null) {
            try {
                cs = Charset.forName(encoding);
            } catch (RuntimeException e) {
                throw new CliException("unknown encoding: " + encoding, Cli.USAGE);
            }
        }
        WenzhaiContext ctx = root.context();
        var err = root.spec().commandLine().getErr();
        var out = root.spec().commandLine().getOut();
        ImportOptions options = new ImportOptions(cs, ctx.disabledNoiseRules());
        ImportProgress progress = new ImportProgress() {
            @Override
            public void starting(int index, int total, Path file) {
                if (total > 1) {
                    err.println("[" + index + "/" + total + "] " + file.getFileName());
                }
            }

            @Override
            public void finished(FileResult r) {
                // (a file stored with parts that could not be read says so too)
                if (r.status() == FileResult.Status.FAILED || r.status() == FileResult.Status.SKIPPED
                        || (r.status() == FileResult.Status.IMPORTED && r.message() != null)) {
                    err.println(r.path() + ": " + r.message());
                }
            }
        };
        ImportReport report = ctx.importService().importPaths(paths, options, progress, () -> false);
        if (json) {
            List<Map<String, Object>> files = new ArrayList<>();
            for (FileResult r : report.files()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", r.path().toString());
                m.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
                m.put("documentId", r.documentId());
                m.put("message", r.message());
                files.add(m);
            }
            out.println(Json.write(Map.of("files", files)));
        } else {
            for (FileResult r : report.files()) {
                if (r.status() != FileResult.Status.FAILED && r.status() != FileResult.Status.SKIPPED) {
                    out.println(statusText(r.status()) + "  " + r.path()
                            + (r.documentId() == null ? "" : "  #" + r.documentId()));
                }
            }
            out.println(Messages.t("import.summary", report.count(FileResult.Status.IMPORTED),
                    report.count(FileResult.Status.ALREADY_PRESENT), report.count(FileResult.Status.REPLACED),
                    report.count(FileResult.Status.SKIPPED), report.count(FileResult.Status.FAILED)));
        }
        return report.anyFailed() ? Cli.FAILED : Cli.OK;
    }

    private static String statusText(FileResult.Status s) {
        return switch (s) {
            case IMPORTED -> Messages.t("import.imported");
            case ALREADY_PRESENT -> Messages.t("import.alreadyPresent");
            case REPLACED -> Messages.t("import.replaced");
            case SKIPPED -> Messages.t("import.skipped");
            case FAILED -> Messages.t("import.failed");
        };
    }
}
