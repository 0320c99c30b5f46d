package org.wenzhai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.storage.Library;
import org.wenzhai.testsupport.Materials;

class BackupRestoreCommandTest {
    @TempDir
    Path dir;

    @Test
    void backupThenRestoreIntoANewFolderGivesTheSameTree() throws Exception {
        Materials.writeFolder(dir.resolve("m"), "材料", 7, 3, 5);
        CliRunner lib = new CliRunner(dir.resolve("lib"));
        assertThat(lib.run("import", dir.resolve("m").toString()).exitCode()).isZero();
        Path zip = dir.resolve("备份/今天.zip");
        CliRunner.Result backup = lib.run("backup", zip.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(zip).exists();
        assertThat(lib.run("backup", zip.toString()).exitCode()).as("an existing file is not replaced").isEqualTo(1);

        CliRunner restored = new CliRunner(dir.resolve("restored"));
        CliRunner.Result r = restored.run("restore", zip.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("3");
        assertThat(restored.run("tree", "--json").out()).isEqualTo(lib.run("tree", "--json").out());
        CliRunner.Result check = restored.run("check");
        assertThat(check.exitCode()).as(check.err()).isZero();
    }

    @Test
    void restoreRefusesANonEmptyLibraryWithoutForceAndALockedOneWithExitThree() throws Exception {
        Materials.writeFolder(dir.resolve("m"), "材料", 7, 1, 5);
        CliRunner lib = new CliRunner(dir.resolve("lib"));
        lib.run("import", dir.resolve("m").toString());
        Path zip = dir.resolve("b.zip");
        assertThat(lib.run("backup", zip.toString()).exitCode()).isZero();

        CliRunner.Result refused = lib.run("restore", zip.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).contains("--force").doesNotContain("\n");
        assertThat(lib.run("restore", "--force", zip.toString()).exitCode()).isZero();

        try (Library held = Library.open(dir.resolve("lib"))) {
            CliRunner.Result locked = lib.run("restore", "--force", zip.toString());
            assertThat(locked.exitCode()).isEqualTo(3);
        }
        CliRunner.Result bogus = new CliRunner(dir.resolve("x")).run("restore", dir.resolve("m/材料-000.txt").toString());
        assertThat(bogus.exitCode()).isEqualTo(1);
        assertThat(bogus.err().strip().lines().count()).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("x/wenzhai.mv.db"))).isFalse();
    }
}
