package org.wenzhai.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.ImportProgress;
import org.wenzhai.testsupport.HostileFiles;
import org.wenzhai.testsupport.HostileFiles.Kind;
import org.wenzhai.testsupport.JarProcess;
import org.wenzhai.testsupport.LibraryAssertions;
import org.wenzhai.testsupport.Materials;

/**
 * Hostile files through the packaged command line, in a child JVM whose heap is capped at 1 GB:
 * the whole folder at once, a 200 MB .txt, a file the user may not read, and a disk that fills up.
 */
class HostileFilesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(ProcessBuilder pb, int timeoutSeconds) throws Exception {
        Path out = Files.createTempFile("wenzhai-out", ".txt");
        Path err = Files.createTempFile("wenzhai-err", ".txt");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean ended = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            String threads = "";
            if (!ended) {
                // where it hangs, for whoever reads the failure (a rare hang after a full disk was seen once)
                threads = threadDump(p.pid());
                p.destroyForcibly().waitFor();
            }
            assertThat(ended).as("the command ends within %d s; stderr: %s%nstdout: %s%nthreads: %s", timeoutSeconds,
                    Files.readString(err), Files.readString(out), threads).isTrue();
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The threads of a running JVM, by jcmd; the reason when they cannot be had. */
    private static String threadDump(long pid) {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Path text = Files.createTempFile("wenzhai-threads", ".txt");
            try {
                Process d = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print").redirectErrorStream(true)
                        .redirectOutput(text.toFile()).start();
                if (!d.waitFor(30, TimeUnit.SECONDS)) {
                    d.destroyForcibly();
                }
                return Files.readString(text, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(text);
            }
        } catch (IOException | InterruptedException e) {
            return "no thread dump: " + e;
        }
    }

    private static Map<String, JsonNode> byName(Run r) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode f : JSON.readTree(r.out()).get("files")) {
            out.put(Path.of(f.get("file").asText()).getFileName().toString(), f);
        }
        return out;
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void everyHostileFileInOneRunGivesOneLineOrACorrectImportWithin1GbOfHeap() throws Exception {
        Path folder = dir.resolve("收到的 材料");
        Map<String, Kind> expected = HostileFiles.writeAll(folder);
        Path library = dir.resolve("library");
        Run r = run(JarProcess.builder(library, "import", "--json", folder.toString()), 180);
        assertThat(r.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        Map<String, JsonNode> results = byName(r);
        for (var e : expected.entrySet()) {
            JsonNode f = results.get(e.getKey());
            assertThat(f).as("a result for " + e.getKey()).isNotNull();
            String status = f.get("status").asText();
            switch (e.getValue()) {
                case GOOD -> assertThat(status).as(e.getKey()).isEqualTo("imported");
                case REFUSED -> assertThat(status).as(e.getKey()).isIn("failed", "skipped");
                case EITHER -> assertThat(status).as(e.getKey()).isIn("imported", "failed", "skipped");
            }
            if (!status.equals("imported")) {
                assertThat(f.get("message").asText()).as(e.getKey()).isNotBlank().doesNotContain("\n");
                // the same one line, naming the file, on stderr
                assertThat(r.err().lines()).as(e.getKey())
                        .anyMatch(l -> l.contains(e.getKey()) && l.contains(f.get("message").asText()));
            }
        }
        assertThat(r.exit()).isEqualTo(1);
        try (WenzhaiContext ctx = WenzhaiContext.open(library)) {
            LibraryAssertions.assertSound(ctx);
            LibraryAssertions.assertDocumentsWhole(ctx, LibraryAssertions.bySha(filesUnder(folder)));
            assertThat(ctx.documentService().list()).hasSize((int) results.values().stream()
                    .filter(f -> f.get("status").asText().equals("imported")).count());
        }
    }

    @Test
    void a200MbTextImportsWholeWithTheHeapCappedAt1Gb() throws Exception {
        Path folder = dir.resolve("big");
        Files.createDirectories(folder);
        Path big = folder.resolve("两百兆的材料汇编.txt");
        HostileFiles.writeLargeText(big, 200);
        Files.writeString(folder.resolve("small.txt"), Materials.text(77, 5));
        Path library = dir.resolve("library");
        long start = System.nanoTime();
        Run r = run(JarProcess.builder(library, "import", "--json", folder.toString()), 600);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.println("200 MB import with -Xmx1g: exit " + r.exit() + " in " + seconds + " s; " + r.out());
        Map<String, JsonNode> results = byName(r);
        assertThat(results.get("small.txt").get("status").asText()).isEqualTo("imported");
        assertThat(results.get(big.getFileName().toString()).get("status").asText())
                .as("the 200 MB file: %s", results.get(big.getFileName().toString())).isEqualTo("imported");
        try (WenzhaiContext ctx = WenzhaiContext.open(library)) {
            LibraryAssertions.assertSound(ctx);
            LibraryAssertions.assertDocumentsWhole(ctx, LibraryAssertions.bySha(filesUnder(folder)));
        }
    }

    @Test
    void aFileTheUserMayNotReadGetsOneLineAndTheOthersAreImported() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(!root || new File("/usr/bin/setpriv").canExecute(), "no way to drop root's privileges");
        Path folder = dir.resolve("materials");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("readable.txt"), Materials.text(31, 4));
        Path secret = folder.resolve("别人的 文件.txt");
        Files.writeString(secret, Materials.text(32, 4));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Path locked = folder.resolve("locked folder");
        Files.createDirectories(locked);
        Files.writeString(locked.resolve("inside.txt"), Materials.text(33, 4));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path library = dir.resolve("library");
        Files.createDirectories(library);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rwxrwxrwx"));
        ProcessBuilder pb = JarProcess.builder(library, "import", "--json", folder.toString());
        if (root) {
            // the unprivileged user may not traverse the folder the project was cloned into (a 0700
            // temporary folder, say): run a copy of the jar and its lib/ from the readable test folder
            Path jar = JarProcess.jar().toAbsolutePath();
            Path app = dir.resolve("app");
            Files.createDirectories(app.resolve("lib"));
            Files.copy(jar, app.resolve(jar.getFileName()));
            try (Stream<Path> libs = Files.list(jar.getParent().resolve("lib"))) {
                for (Path lib : libs.toList()) {
                    Files.copy(lib, app.resolve("lib").resolve(lib.getFileName()));
                }
            }
            try (Stream<Path> copied = Files.walk(app)) {
                for (Path c : copied.toList()) {
                    Files.setPosixFilePermissions(c, PosixFilePermissions.fromString(Files.isDirectory(c) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
            for (String part : pb.command()) {
                cmd.add(part.equals(JarProcess.jar().toString()) ? app.resolve(jar.getFileName()).toString() : part);
            }
            pb.command(cmd);
            pb.environment().put("HOME", library.toString());
        }
        // in English, as a user who chose English reads it
        pb.environment().put("WENZHAI_LANG", "en");
        Run r = run(pb, 120);
        Map<String, JsonNode> results = byName(r);
        assertThat(results.get("readable.txt").get("status").asText()).isEqualTo("imported");
        assertThat(results.get("别人的 文件.txt").get("status").asText()).isEqualTo("failed");
        assertThat(results.get("别人的 文件.txt").get("message").asText()).isEqualTo("permission denied");
        assertThat(results.get("locked folder").get("status").asText()).isEqualTo("failed");
        assertThat(r.err().lines()).anyMatch(l -> l.contains("别人的 文件.txt") && l.contains("permission denied"));
        assertThat(r.exit()).isEqualTo(1);
        try (WenzhaiContext ctx = WenzhaiContext.open(library)) {
            LibraryAssertions.assertSound(ctx);
            assertThat(ctx.documentService().list()).hasSize(1);
        }
    }

    @Test
    void aDiskThatFillsDuringAnImportLeavesAValidLibrary() throws Exception {
        assumeTrue(new File("/bin/bash").canExecute(), "needs bash for ulimit");
        Path before = dir.resolve("before");
        List<Path> first = Materials.writeFolder(dir.resolve("first"), "先导入", 100, 5, 20);
        try (WenzhaiContext ctx = WenzhaiContext.open(before)) {
            ctx.importService().importPaths(List.of(dir.resolve("first")), ImportOptions.defaults(), ImportProgress.NONE,
                    () -> false);
        }
        long kb = Files.size(before.resolve("wenzhai.mv.db")) / 1024;
        // about 3 MB more in the library file, well past the largest margin below
        List<Path> more = Materials.writeFolder(dir.resolve("more"), "后导入", 200, 60, 400);
        List<Path> all = new ArrayList<>(first);
        all.addAll(more);
        // the disk fills at a different point of a file's transaction for each margin (H2 once hung
        // for ever after a failed write at some of them and not at others)
        for (int marginKb : new int[] {640, 1344, 2048}) {
            Path library = dir.resolve("library-" + marginKb);
            copyFolder(before, library);
            ProcessBuilder pb = JarProcess.builder(library, "import", "--json", dir.resolve("more").toString());
            // writes past the limit fail with EFBIG; the JVM must not die of SIGXFSZ
            String command = String.join(" ", pb.command().stream().map(HostileFilesIT::shellQuote).toList());
            pb.command("/bin/bash", "-c", "trap '' XFSZ; ulimit -f " + (kb + marginKb) + "; exec " + command);
            Run r = run(pb, 120);
            System.out.println("disk full after " + marginKb + " KB more: exit " + r.exit() + "\n" + r.err());
            assertThat(r.exit()).isEqualTo(1);
            Map<String, JsonNode> results = byName(r);
            List<JsonNode> failed = results.values().stream().filter(f -> f.get("status").asText().equals("failed")).toList();
            assertThat(failed).as("some files hit the full disk").isNotEmpty();
            failed.forEach(f -> assertThat(f.get("message").asText()).isNotBlank().doesNotContain("\n"));
            try (WenzhaiContext ctx = WenzhaiContext.open(library)) {
                LibraryAssertions.assertSound(ctx);
                List<Path> present = LibraryAssertions.assertDocumentsWhole(ctx, LibraryAssertions.bySha(all));
                assertThat(present).containsAll(first);
                assertThat(present.size()).isLessThan(all.size());
                // and the library still takes new work once there is room again
                var again = ctx.importService().importPaths(List.of(dir.resolve("more")), ImportOptions.defaults(),
                        ImportProgress.NONE, () -> false);
                assertThat(again.anyFailed()).isFalse();
                assertThat(LibraryAssertions.assertDocumentsWhole(ctx, LibraryAssertions.bySha(all))).hasSize(all.size());
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().equals(".wenzhai.lock")) {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
