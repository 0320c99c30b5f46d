package org.wenzhai.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.testsupport.JarProcess;
import org.wenzhai.testsupport.LibraryAssertions;
import org.wenzhai.testsupport.Materials;

/**
 * Kills the command line with SIGKILL at random moments of imports into one library, again and
 * again (fixed seed), and checks the library after every kill: it opens, its rows hang together,
 * every document is exactly what a fresh import of its file gives, and every file the killed
 * process had finished seconds before it died is there.
 */
class CrashDuringImportIT {
    private static final long SEED = Long.getLong("wenzhai.crashSeed", 20_241_125L);
    private static final int KILLS = 20;
    private static final Pattern PROGRESS = Pattern.compile("^\\[(\\d+)/(\\d+)] (.+)$");
    private static final String DONE = "\u0000done";

    @TempDir
    Path dir;

    @Test
    void aLibraryKilledAtRandomMomentsOfImportsIsAlwaysWhole() throws Exception {
        Random random = new Random(SEED);
        Path library = dir.resolve("library");
        Path materials = dir.resolve("materials");
        List<Path> all = new ArrayList<>();
        int kills = 0;
        int round = 0;
        List<String> log = new ArrayList<>();
        while (kills < KILLS && round < 2 * KILLS) {
            all.addAll(Materials.writeFolder(materials.resolve(String.format("r%02d", round)), String.format("r%02d", round),
                    round * 1000L, 6, 10 + random.nextInt(60)));
            Process p = JarProcess.builder(library, "import", materials.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        lines.add(l);
                    }
                } catch (java.io.IOException ignored) {
                    // the process died
                } finally {
                    lines.add(DONE);
                }
            });
            reader.start();
            List<String> started = new ArrayList<>();
            List<Long> startedAt = new ArrayList<>();
            boolean byProgress = random.nextInt(10) < 7;
            int target = all.size() - 6 + 1 + random.nextInt(6);
            long afterMillis = byProgress ? random.nextInt(40) : 200 + random.nextInt(2500);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(afterMillis);
            boolean exited = false;
            while (true) {
                String l = byProgress ? lines.poll(60, TimeUnit.SECONDS)
                        : lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (l == null && !byProgress) {
                    break;
                }
                assertThat(l).as("the import makes progress").isNotNull();
                if (l.equals(DONE)) {
                    exited = true;
                    break;
                }
                Matcher m = PROGRESS.matcher(l);
                if (m.matches()) {
                    started.add(m.group(3));
                    startedAt.add(System.nanoTime());
                    if (byProgress && Integer.parseInt(m.group(1)) >= target) {
                        Thread.sleep(afterMillis);
                        break;
                    }
                }
            }
            long killedAt = System.nanoTime();
            if (!exited && p.isAlive()) {
                p.destroyForcibly();
                kills++;
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            log.add("round " + round + (exited ? " ran to the end" : " killed") + " after " + started.size() + " files");
            // every file the process had moved past well before it died is kept (H2 writes committed work
            // to the file within its write delay, half a second)
            Set<String> finished = new java.util.HashSet<>();
            for (int i = 0; i + 1 < startedAt.size(); i++) {
                if (exited || killedAt - startedAt.get(i + 1) > TimeUnit.SECONDS.toNanos(3)) {
                    finished.add(started.get(i));
                }
            }
            try {
                checkLibrary(library, all, finished);
            } catch (org.wenzhai.storage.LibraryInUseException e) {
                throw new AssertionError("the library stayed locked after round " + round + "\n" + String.join("\n", log)
                        + "\nprocesses holding its files:\n" + holders(library), e);
            }
            round++;
        }
        assertThat(kills).as(String.join("\n", log)).isGreaterThanOrEqualTo(KILLS);

        Process last = JarProcess.builder(library, "import", materials.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();
        Set<String> everything = all.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        assertThat(checkLibrary(library, all, everything)).hasSize(all.size());
        System.out.println(String.join("\n", log));
    }

    /** Which processes hold files of {@code library} open (Linux /proc), to explain a lock that outlived its owner. */
    private static String holders(Path library) {
        StringBuilder out = new StringBuilder();
        Path proc = Path.of("/proc");
        if (!java.nio.file.Files.isDirectory(proc)) {
            return "(no /proc)";
        }
        String prefix = library.toAbsolutePath().normalize().toString();
        try (var pids = java.nio.file.Files.list(proc)) {
            for (Path pid : (Iterable<Path>) pids::iterator) {
                if (!pid.getFileName().toString().matches("\\d+")) {
                    continue;
                }
                try (var fds = java.nio.file.Files.list(pid.resolve("fd"))) {
                    for (Path fd : (Iterable<Path>) fds::iterator) {
                        String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                        if (target.startsWith(prefix)) {
                            String cmd = java.nio.file.Files.readString(pid.resolve("cmdline")).replace('\u0000', ' ');
                            out.append(pid.getFileName()).append(" (").append(cmd.length() > 160 ? cmd.substring(0, 160) : cmd)
                                    .append("): ").append(target).append('\n');
                        }
                    }
                } catch (java.io.IOException | RuntimeException ignored) {
                    // a process that ended meanwhile, or one we may not look into
                }
            }
        } catch (java.io.IOException e) {
            return "(cannot list /proc: " + e.getMessage() + ")";
        }
        out.append("this test runs as pid ").append(ProcessHandle.current().pid());
        return out.toString();
    }

    private static List<Path> checkLibrary(Path library, List<Path> files, Set<String> mustBePresent) throws Exception {
        Map<String, Path> bySha = LibraryAssertions.bySha(files);
        try (WenzhaiContext ctx = WenzhaiContext.open(library)) {
            LibraryAssertions.assertSound(ctx);
            List<Path> present = LibraryAssertions.assertDocumentsWhole(ctx, bySha);
            LibraryAssertions.assertSearchFindsEveryDocument(ctx);
            Set<String> presentNames = present.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
            assertThat(presentNames).containsAll(mustBePresent);
            return present;
        }
    }
}
