package org.wenzhai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.storage.Library;
import org.wenzhai.testsupport.JarProcess;

/** Runs the packaged jar as a second process while this JVM holds the library open. */
class LibraryLockIT {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessGetsOneLineAndExitCodeThree() throws IOException, InterruptedException {
        try (Library held = Library.open(dir)) {
            Process p = JarProcess.start(dir, "tree", "--json");
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.exitValue()).isEqualTo(3);
            assertThat(err.lines().count()).as(err).isEqualTo(1);
            assertThat(err).containsAnyOf("in use by another Wenzhai", "正被另一个文摘");
            assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
