package org.wenzhai.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 runs embedded only: no AUTO_SERVER, no TCP/web/PG server anywhere in Wenzhai's code. */
class EmbeddedOnlyTest {
    @TempDir
    Path dir;

    @Test
    void theLibraryIsOpenedInEmbeddedFileModeWithoutAServer() throws Exception {
        try (Library library = Library.open(dir)) {
            String url = library.jdbi().withHandle(h -> h.getConnection().getMetaData().getURL());
            assertThat(url).startsWith("jdbc:h2:file:").doesNotContainIgnoringCase("AUTO_SERVER")
                    .doesNotContainIgnoringCase("tcp:").doesNotContainIgnoringCase("ssl:");
            String serverSetting = library.jdbi().withHandle(h -> h.createQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'AUTO_SERVER'")
                    .mapTo(String.class).findOne().orElse("FALSE"));
            assertThat(serverSetting).isEqualToIgnoringCase("FALSE");
            // AUTO_SERVER and FILE_LOCK=FILE leave a .lock.db holding the server's address
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".lock.db"));
            }
        }
    }

    @Test
    void noCompiledClassStartsAnH2ServerOrAsksForOne() throws Exception {
        List<String> forbidden = List.of("AUTO_SERVER=TRUE", "createTcpServer", "createWebServer", "createPgServer",
                "org/h2/tools/Server", "jdbc:h2:tcp", "jdbc:h2:ssl");
        Path classes = Path.of("target", "classes");
        try (Stream<Path> s = Files.walk(classes)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".class")).toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String word : forbidden) {
                    assertThat(content).as("%s mentions %s", f, word).doesNotContainIgnoringCase(word);
                }
            }
        }
    }
}
