package org.wenzhai.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.FileResult;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.ImportProgress;
import org.wenzhai.importing.ImportReport;
import org.wenzhai.importing.ImportService;
import org.wenzhai.importing.PipelineParser;
import org.wenzhai.importing.clean.NoiseRules;
import org.wenzhai.importing.decode.TextDecoder;
import org.wenzhai.importing.formats.FormatReaders;

/**
 * Import throughput, printed as a table (not part of {@code mvn verify}):
 * <ol>
 *   <li>a generated folder of at least 100 MB of .txt materials: merely reading and decoding the
 *       bytes, the parse pipeline alone, and the whole import (parse, H2, search index, duplicates),
 *       in the same run;</li>
 *   <li>one 200 MB .txt imported in a child JVM whose heap is capped at 1 GB.</li>
 * </ol>
 * Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.wenzhai.bench.ImportBench}
 * with optional {@code -Dexec.args="WORKDIR FOLDER_MB SINGLE_MB"} (defaults: a temp folder, 100, 200).
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--single")) {
            single(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("wenzhai-bench");
        long folderMb = args.length > 1 ? Long.parseLong(args[1]) : 100;
        long singleMb = args.length > 2 ? Long.parseLong(args[2]) : 200;
        System.out.printf(Locale.ROOT, "Wenzhai ImportBench — %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        System.out.println("JIT options: " + (jitOptions().isEmpty() ? "the JVM's defaults" : String.join(" ", jitOptions()))
                + " (scripts/wenzhai's are in docs/importing.md section 6)");
        folder(work, folderMb);
        if (singleMb > 0) {
            singleInChild(work, singleMb);
        }
    }

    // ---- the folder ----

    private static void folder(Path work, long mb) throws Exception {
        Path dir = work.resolve("corpus");
        List<Path> files;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                files = s.sorted().toList();
            }
        } else {
            files = CorpusGenerator.writeTxtFiles(dir, mb << 20, 42L);
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        double size = bytes / 1048576.0;
        System.out.printf(Locale.ROOT, "%nFolder: %d files, %.1f MB of generated .txt materials%n", files.size(), size);

        TextDecoder decoder = new TextDecoder();
        decodeAll(files, decoder); // warm up the page cache and the JIT
        Time decode = median(3, () -> decodeAll(files, decoder));

        PipelineParser parser = new PipelineParser(FormatReaders.all(), NoiseRules.builtIn());
        Time parse = median(3, () -> parseAll(files, parser));

        // the first whole import in a process pays for compiling H2, Lucene and Jdbi (on 2 cores the C2
        // compiler alone is busy for most of it); a later one runs the compiled code, as in the window
        int runs = Integer.getInteger("bench.wholeRuns", 2);
        List<Time> wholes = new ArrayList<>();
        List<ImportReport> reports = new ArrayList<>();
        List<ThreadCpu> threadCpus = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path lib = work.resolve("library-" + System.nanoTime());
            ImportReport[] report = new ImportReport[1];
            ThreadCpu threads = new ThreadCpu();
            try (WenzhaiContext ctx = WenzhaiContext.open(lib)) {
                threads.start();
                wholes.add(time(() -> report[0] = ctx.importService().importPaths(List.of(dir), ImportOptions.defaults(),
                        ImportProgress.NONE, () -> false)));
                threads.stop();
            }
            reports.add(report[0]);
            threadCpus.add(threads);
            deleteTree(lib);
        }
        System.out.println();
        System.out.println("| step                                              |     MB | wall s | MB/s wall |  CPU s | MB/CPU s |");
        System.out.println("|---------------------------------------------------|-------:|-------:|----------:|-------:|---------:|");
        row("read + decode only (median of 3)", size, decode);
        row("read + decode + clean + reflow + structure (median)", size, parse);
        for (int run = 0; run < runs; run++) {
            row(run == 0 ? "whole import, first in this JVM" : "whole import, again in the same JVM (" + (run + 1) + ")",
                    size, wholes.get(run));
        }
        if (runs == 0) {
            return; // -Dbench.wholeRuns=0: the read and parse steps only
        }
        Time whole = wholes.get(runs - 1);
        System.out.printf(Locale.ROOT, "each whole import: parse, H2 (one transaction per file), search index, duplicates, "
                        + "into a new library%n");
        for (int run = 0; run < runs; run++) {
            System.out.printf(Locale.ROOT, "run %d: imported %d, failed %d%n", run + 1,
                    reports.get(run).count(FileResult.Status.IMPORTED), reports.get(run).count(FileResult.Status.FAILED));
        }
        System.out.printf(Locale.ROOT, "last whole import / read+decode = %.1f× wall, %.1f× CPU; system load average now %.1f%n",
                whole.wall() / decode.wall(), whole.cpu() / decode.cpu(), loadAverage());
        for (int run = 0; run < runs; run++) {
            System.out.println("CPU seconds of the import's threads, run " + (run + 1) + " (storing runs on the caller's thread; "
                    + "the JVM's own threads from /proc on Linux):");
            threadCpus.get(run).print(size);
        }
    }

    /** Samples the CPU time of every live thread (a pool's thread is gone when the import ends). */
    private static final class ThreadCpu {
        private final java.util.Map<Long, Long> nanos = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<Long, Long> before = new java.util.HashMap<>();
        /** CPU ticks of the JVM's own threads (JIT compilers, GC, VM), which ThreadMXBean does not list, by Linux task id. */
        private final java.util.Map<String, Long> vmTicks = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<String, String> vmNames = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<String, Long> vmBefore = new java.util.HashMap<>();
        private volatile boolean running;
        private Thread sampler;

        void start() {
            var mx = ManagementFactory.getThreadMXBean();
            for (long id : mx.getAllThreadIds()) {
                before.put(id, Math.max(0, mx.getThreadCpuTime(id)));
            }
            sampleVm(vmBefore);
            running = true;
            sampler = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        private void sample() {
            var mx = ManagementFactory.getThreadMXBean();
            for (var info : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long cpu = mx.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    nanos.merge(info.getThreadId(), cpu, Math::max);
                    names.put(info.getThreadId(), info.getThreadName());
                }
            }
            sampleVm(vmTicks);
        }

        /** Linux only: /proc/self/task/N/stat holds each native thread's user and system ticks; elsewhere nothing. */
        private void sampleVm(java.util.Map<String, Long> into) {
            Path tasks = Path.of("/proc/self/task");
            if (!Files.isDirectory(tasks)) {
                return;
            }
            try (var list = Files.list(tasks)) {
                for (Path task : (Iterable<Path>) list::iterator) {
                    try {
                        String group = vmGroup(Files.readString(task.resolve("comm")).strip());
                        if (group == null) {
                            continue;
                        }
                        String stat = Files.readString(task.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                        into.merge(task.getFileName().toString(), ticks, Math::max);
                        vmNames.put(task.getFileName().toString(), group);
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended between listing and reading
                    }
                }
            } catch (IOException e) {
                // no task list: nothing to add
            }
        }

        private static String vmGroup(String comm) {
            if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
                return "(JIT compiler threads)";
            }
            if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
                return "(GC threads)";
            }
            return comm.startsWith("VM ") ? "(VM threads)" : null;
        }

        void stop() throws InterruptedException {
            sample();
            running = false;
            sampler.join();
        }

        void print(double mb) {
            java.util.Map<String, Long> byName = new java.util.TreeMap<>();
            nanos.forEach((id, n) -> {
                String name = names.get(id).replaceAll("[-#]?\\d+$", "");
                if (!name.equals("bench-sampler")) {
                    byName.merge(name, n - before.getOrDefault(id, 0L), Long::sum);
                }
            });
            long tickNanos = 10_000_000L; // USER_HZ is 100 on Linux
            vmTicks.forEach((task, ticks) -> byName.merge(vmNames.get(task),
                    (ticks - vmBefore.getOrDefault(task, 0L)) * tickNanos, Long::sum));
            byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .filter(e -> e.getValue() >= 50_000_000L)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %-32s %7.2f s  %6.3f s/MB%n", e.getKey(), e.getValue() / 1e9,
                            e.getValue() / 1e9 / mb));
        }
    }

    private interface Timed {
        void run() throws Exception;
    }

    /** Wall-clock seconds and the process's CPU seconds (all threads) of one measurement. */
    private record Time(double wall, double cpu) {
    }

    private static Time median(int runs, Timed t) throws Exception {
        Time[] s = new Time[runs];
        for (int i = 0; i < runs; i++) {
            s[i] = time(t);
        }
        java.util.Arrays.sort(s, Comparator.comparingDouble(Time::wall));
        return s[runs / 2];
    }

    private static Time time(Timed t) throws Exception {
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        t.run();
        return new Time((System.nanoTime() - t0) / 1e9, (processCpuNanos() - c0) / 1e9);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void decodeAll(List<Path> files, TextDecoder decoder) throws Exception {
        long lines = 0;
        for (Path f : files) {
            lines += decoder.decode(Files.readAllBytes(f), null).lines().size();
        }
        if (lines == 0) {
            throw new IllegalStateException("nothing decoded");
        }
    }

    private static void parseAll(List<Path> files, PipelineParser parser) throws Exception {
        long articles = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            articles += parser.parse(SourceFile.of(f, ImportService.extension(f), b), ImportOptions.defaults()).articles().size();
        }
        if (articles == 0) {
            throw new IllegalStateException("nothing parsed");
        }
    }

    private static void row(String what, double mb, Time t) {
        System.out.printf(Locale.ROOT, "| %-49s | %6.1f | %6.2f | %9.1f | %6.2f | %8.1f |%n", what, mb, t.wall(),
                mb / t.wall(), t.cpu(), mb / t.cpu());
    }

    // ---- the single large file, in a child JVM with -Xmx1g ----

    /** This JVM's -XX options (the JIT's, as scripts/wenzhai passes them) but a recording's: the child runs with the same. */
    private static List<String> jitOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-XX:") && !a.contains("Flight")).toList();
    }

    private static void singleInChild(Path work, long mb) throws Exception {
        Path big = work.resolve("single-" + mb + "mb.txt");
        if (!Files.exists(big)) {
            writeBigFile(big, mb << 20);
        }
        Path lib = work.resolve("library-single-" + System.nanoTime());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g"));
        cmd.addAll(jitOptions());
        cmd.addAll(List.of("-cp", classPath(), ImportBench.class.getName(), "--single", big.toString(), lib.toString()));
        System.out.printf(Locale.ROOT, "%nSingle file: %.1f MB, child JVM with -Xmx1g%n", Files.size(big) / 1048576.0);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println(line);
            }
        }
        System.out.println("child exit code " + p.waitFor());
        deleteTree(lib);
    }

    /** One file made of many materials one after another, as an enormous compilation. */
    private static void writeBigFile(Path big, long target) throws IOException {
        CorpusGenerator g = new CorpusGenerator(7L);
        long written = 0;
        try (OutputStream out = Files.newOutputStream(big)) {
            while (written < target) {
                byte[] b = (g.next().toTxt() + "\n\n").getBytes(StandardCharsets.UTF_8);
                out.write(b);
                written += b.length;
            }
        }
    }

    private static void single(Path big, Path lib) throws Exception {
        double mb = Files.size(big) / 1048576.0;
        FileResult[] result = new FileResult[1];
        Time t = time(() -> {
            try (WenzhaiContext ctx = WenzhaiContext.open(lib)) {
                result[0] = ctx.importService().importFile(big, ImportOptions.defaults());
            }
        });
        FileResult r = result[0];
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("| file                 |     MB | wall s | MB/s | CPU s | heap cap | peak heap | outcome |");
        System.out.println("|----------------------|-------:|-------:|-----:|------:|---------:|----------:|---------|");
        System.out.printf(Locale.ROOT, "| %-20s | %6.1f | %6.1f | %4.1f | %5.1f | %5d MB | %6d MB | %s |%n", big.getFileName(),
                mb, t.wall(), mb / t.wall(), t.cpu(), Runtime.getRuntime().maxMemory() >> 20, peak >> 20,
                r.status() + (r.message() == null ? "" : " " + r.message()));
        System.out.printf(Locale.ROOT, "system load average now %.1f%n", loadAverage());
    }

    private static String classPath() throws URISyntaxException {
        List<String> parts = new ArrayList<>();
        for (ClassLoader cl = ImportBench.class.getClassLoader(); cl != null; cl = cl.getParent()) {
            if (cl instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    parts.add(Path.of(url.toURI()).toString());
                }
            }
        }
        parts.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, parts);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
