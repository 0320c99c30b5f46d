package org.wenzhai.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.ImportProgress;
import org.wenzhai.testsupport.Materials;

/**
 * Times backup and restore of libraries of a few sizes and prints a table (medians of 5 runs).
 * Run on the test classpath, e.g. {@code java -cp target/test-classes:target/classes:target/lib/*
 * org.wenzhai.safety.BackupBenchmark 5,20} (argument: MB of text imported per library).
 */
public final class BackupBenchmark {
    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = (args.length > 0 ? args[0] : "5,20").split(",");
        System.out.println("| text imported | database | backup zip | backup (median) | restore (median) |");
        System.out.println("|---|---|---|---|---|");
        for (String s : sizes) {
            Path dir = Files.createTempDirectory("wenzhai-backup-bench");
            try {
                run(dir, Integer.parseInt(s.strip()));
            } finally {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void run(Path dir, int mb) throws Exception {
        int files = Math.max(1, mb * 1024 / 30);
        Materials.writeFolder(dir.resolve("m"), "材料", 1, files, 200);
        long textBytes;
        try (Stream<Path> s = Files.list(dir.resolve("m"))) {
            textBytes = s.mapToLong(p -> p.toFile().length()).sum();
        }
        Path lib = dir.resolve("lib");
        Path zip = dir.resolve("b.zip");
        List<Long> backups = new ArrayList<>();
        List<Long> restores = new ArrayList<>();
        try (WenzhaiContext ctx = WenzhaiContext.open(lib)) {
            ctx.importService().importPaths(List.of(dir.resolve("m")), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            for (int i = 0; i < 5; i++) {
                Files.deleteIfExists(zip);
                long t = System.nanoTime();
                ctx.backupService().backupTo(zip, false);
                backups.add(System.nanoTime() - t);
            }
        }
        long dbBytes = Files.size(lib.resolve("wenzhai.mv.db"));
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            new RestoreService().restore(zip, dir.resolve("r" + i), false);
            restores.add(System.nanoTime() - t);
        }
        System.out.printf(Locale.ROOT, "| %.1f MB | %.1f MB | %.1f MB | %.2f s | %.2f s |%n", textBytes / 1048576.0,
                dbBytes / 1048576.0, Files.size(zip) / 1048576.0, median(backups) / 1e9, median(restores) / 1e9);
    }

    private static double median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
