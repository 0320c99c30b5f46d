package org.wenzhai.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.testsupport.JarProcess;
import org.wenzhai.testsupport.Materials;

/**
 * Runs the packaged Wenzhai in a child JVM under {@link NetworkGuard} through an import, a search,
 * an export, a backup, a check and the window, and asserts nothing touched the network.
 */
class NoNetworkIT {
    @TempDir
    Path dir;

    private Path log;

    private record Run(int exit, String out, String err) {
    }

    private Run guarded(List<String> extraJvm, java.util.Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-Djava.security.manager=allow");
        cmd.add("-Dwenzhai.networkLog=" + log);
        cmd.addAll(extraJvm);
        cmd.add("-cp");
        List<String> cp = new ArrayList<>(List.of(Path.of("target", "test-classes").toAbsolutePath().toString(),
                JarProcess.jar().toAbsolutePath().toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("openjfx-monocle")) {
                cp.add(entry);
            }
        }
        cmd.add(String.join(File.pathSeparator, cp));
        cmd.add(NetworkGuard.class.getName());
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        assertThat(ended).as("%s ends", Arrays.toString(args)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private String networkUse() throws Exception {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Test
    void theGuardSeesASocket() throws Exception {
        log = dir.resolve("self-test.log");
        Run r = guarded(List.of(), java.util.Map.of(), "--self-test");
        assertThat(r.out()).contains("refused");
        assertThat(networkUse()).contains("connect 127.0.0.1:9");
    }

    @Test
    void importSearchExportBackupAndCheckOpenNoSocket() throws Exception {
        log = dir.resolve("network.log");
        Path library = dir.resolve("library");
        Path materials = dir.resolve("materials");
        Materials.writeFolder(materials, "材料", 40, 3, 6);
        String lib = library.toString();
        List<String> outcomes = new ArrayList<>();
        String[][] commands = {
                {"import", "--library", lib, materials.toString()},
                {"search", "--library", lib, "基层治理"},
                {"tree", "--library", lib, "--json"},
                {"export", "--library", lib, "--format", "md", "--output", dir.resolve("摘录.md").toString()},
                {"backup", "--library", lib, dir.resolve("backup.zip").toString()},
                {"check", "--library", lib},
                {"restore", "--library", dir.resolve("restored").toString(), dir.resolve("backup.zip").toString()},
        };
        for (String[] c : commands) {
            Run r = guarded(List.of(), java.util.Map.of(), c);
            outcomes.add(c[0] + " -> " + r.exit() + " " + r.err().strip());
            assertThat(r.err()).as(c[0]).doesNotContain("network use refused");
        }
        assertThat(networkUse()).as(String.join("\n", outcomes)).isEmpty();
        assertThat(outcomes).anyMatch(o -> o.startsWith("import -> 0"));
        assertThat(outcomes).anyMatch(o -> o.startsWith("backup -> 0"));
        assertThat(outcomes).anyMatch(o -> o.startsWith("restore -> 0"));
        assertThat(library.resolve("wenzhai.lock.db")).as("no AUTO_SERVER lock with a port").doesNotExist();
        System.out.println(String.join("\n", outcomes));
    }

    @Test
    void theWindowOpensNoSocket() throws Exception {
        log = dir.resolve("window.log");
        Path library = dir.resolve("library");
        Materials.writeFolder(dir.resolve("m"), "材料", 50, 1, 3);
        Run r = guarded(List.of("-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dprism.order=sw", "-Dglass.platform=Monocle",
                        "-Dmonocle.platform=Headless", "-Dprism.text=t2k", "-Djava.awt.headless=true"),
                java.util.Map.of("WENZHAI_LIBRARY", library.toString()), "--window-seconds", "25");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(library.resolve("wenzhai.mv.db")).as("the window opened its library").exists();
        assertThat(networkUse()).isEmpty();
    }
}
