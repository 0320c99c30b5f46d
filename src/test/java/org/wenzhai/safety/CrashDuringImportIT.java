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
 * process had finished before it died is there.
 */
class CrashDuringImportIT {
    private static final long SEED = 20_241_125L;
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
                    round * 1000L, 6, 10 + random.nextInt(150)));
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
                    if (byProgress && Integer.parseInt(m.group(1)) >= target) {
                        Thread.sleep(afterMillis);
                        break;
                    }
                }
            }
            if (!exited && p.isAlive()) {
                p.destroyForcibly();
                kills++;
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            for (String l; (l = lines.poll()) != null; ) {
                Matcher m = PROGRESS.matcher(l);
                if (m.matches() && !p.isAlive() && exited) {
                    started.add(m.group(3));
                }
            }
            log.add("round " + round + (exited ? " ran to the end" : " killed") + " after " + started.size() + " files");
            // every file the process had moved past was committed before it died
            Set<String> finished = Set.copyOf(started.subList(0, Math.max(0, started.size() - 1)));
            checkLibrary(library, all, finished);
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

    private static List<Path> checkLibrary(Path library, List<Path> files, Set<String> mustBePresent) throws Exception {
        Map<String, Path> bySha = LibraryAssertions.bySha(files);
        try (WenzhaiContext ctx = WenzhaiContext.open(library)) {
            LibraryAssertions.assertSound(ctx);
            List<Path> present = LibraryAssertions.assertDocumentsWhole(ctx, bySha);
            Set<String> presentNames = present.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
            assertThat(presentNames).containsAll(mustBePresent);
            return present;
        }
    }
}
