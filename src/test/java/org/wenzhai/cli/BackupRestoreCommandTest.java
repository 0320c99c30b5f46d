package org.wenzhai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.storage.Library;
import org.wenzhai.testsupport.LibraryDamage;
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

    @Test
    void aDamagedLibraryNamesItsNewestBackupAndTheCommandThatRestoresIt() throws Exception {
        Materials.writeFolder(dir.resolve("m1"), "上午", 11, 2, 5);
        Materials.writeFolder(dir.resolve("m2"), "下午", 12, 2, 5);
        Path folder = dir.resolve("lib");
        CliRunner lib = new CliRunner(folder);
        assertThat(lib.run("import", dir.resolve("m1").toString()).exitCode()).isZero();
        String treeAtBackup = lib.run("tree", "--json").out();
        Path older = folder.resolve("backups/wenzhai-2026-11-30_080000.zip");
        Path newest = folder.resolve("backups/wenzhai-2026-12-01_080000.zip");
        assertThat(lib.run("backup", older.toString()).exitCode()).isZero();
        assertThat(lib.run("backup", newest.toString()).exitCode()).isZero();
        assertThat(lib.run("import", dir.resolve("m2").toString()).exitCode()).isZero();

        Path file = folder.resolve("wenzhai.mv.db");
        LibraryDamage.overwriteHeader(file);
        byte[] damaged = Files.readAllBytes(file);
        CliRunner.Result refused = lib.run("tree");
        assertThat(refused.exitCode()).isEqualTo(1);
        String line = refused.err().strip();
        assertThat(line).doesNotContain("\n").contains(file.toString()).contains(newest.toString())
                .doesNotContain(older.toString()).containsAnyOf("已损坏", "damaged");
        assertThat(Files.readAllBytes(file)).as("a refused open writes nothing").isEqualTo(damaged);

        java.util.regex.Matcher m = java.util.regex.Pattern.compile("wenzhai restore \"([^\"]+)\" --library \"([^\"]+)\" --force")
                .matcher(line);
        assertThat(m.find()).as(line).isTrue();
        CliRunner.Result restored = new CliRunner(Path.of(m.group(2))).run("restore", m.group(1), "--force");
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(lib.run("tree", "--json").out()).isEqualTo(treeAtBackup);
        assertThat(lib.run("check").exitCode()).isZero();
        try (var kept = Files.list(folder.resolve("backups"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).as("the damaged file is kept")
                    .anyMatch(n -> n.startsWith("wenzhai-before-restore-"));
        }
    }

    @Test
    void aDamagedLibraryWithoutBackupSaysSoInOneLine() throws Exception {
        Materials.writeFolder(dir.resolve("m"), "材料", 13, 1, 5);
        CliRunner lib = new CliRunner(dir.resolve("lib"));
        assertThat(lib.run("import", dir.resolve("m").toString()).exitCode()).isZero();
        Path file = dir.resolve("lib/wenzhai.mv.db");
        LibraryDamage.overwriteChunks(file);
        byte[] damaged = Files.readAllBytes(file);
        CliRunner.Result refused = lib.run("search", "工作");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).doesNotContain("\n").containsAnyOf("已损坏", "damaged")
                .containsAnyOf("还没有备份", "no backup");
        CliRunner.Result again = lib.run("import", dir.resolve("m").toString());
        assertThat(again.exitCode()).as("nothing is imported into a damaged file read as empty: " + again.err()).isEqualTo(1);
        assertThat(Files.readAllBytes(file)).as("H2 would truncate it to an empty database: it is never opened for writing")
                .isEqualTo(damaged);
    }
}
