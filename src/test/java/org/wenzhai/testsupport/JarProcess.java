package org.wenzhai.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code java -jar target/wenzhai.jar --library DIR ...} as a child process (integration tests). */
public final class JarProcess {
    private JarProcess() {
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("wenzhai.jar", "target/wenzhai.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first (mvn package): " + jar);
        }
        return jar;
    }

    public static ProcessBuilder builder(Path library, String command, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.add(command);
        cmd.add("--library");
        cmd.add(library.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("LC_ALL", "C.UTF-8");
        return pb;
    }

    public static Process start(Path library, String command, String... args) throws IOException {
        return builder(library, command, args).start();
    }
}
