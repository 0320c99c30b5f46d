package org.wenzhai.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void neutralPosixLocaleKeepsChineseWhileExplicitEnglishSwitches() {
        assertThat(Messages.systemLanguage(Map.of("LANG", "C.UTF-8"), Locale.ENGLISH)).doesNotStartWith("en");
        assertThat(Messages.systemLanguage(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "zh_CN.UTF-8"), Locale.CHINA))
                .startsWith("en");
        assertThat(Messages.systemLanguage(Map.of(), Locale.ENGLISH)).isEqualTo("en");
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsAvailable() {
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(zh.text("import.failed")).isEqualTo("失败");
        assertThat(en.text("import.failed")).isEqualTo("failed");
        assertThat(en.text("cli.libraryInUse", "/x")).contains("/x");
    }
}
