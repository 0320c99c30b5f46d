package org.wenzhai.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts people see, from the {@code messages} bundles: Chinese by default, English available.
 * The language is {@code -Dwenzhai.lang}, else {@code $WENZHAI_LANG}, else the system locale when
 * it is explicitly English ({@code LC_ALL}/{@code LC_MESSAGES}/{@code LANG} such as en_US), else Chinese.
 */
public final class Messages {
    public static final String BUNDLE = "org.wenzhai.i18n.messages";
    /** Each area keeps its texts in its own bundle beside the main one (messages_ui, messages_search…). */
    private static final String[] AREAS = {"", "_ui", "_importing", "_search", "_passages", "_safety"};
    private static volatile Messages current;

    private final ResourceBundle bundle;
    private final java.util.List<ResourceBundle> bundles = new java.util.ArrayList<>();
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String area : AREAS) {
            try {
                bundles.add(ResourceBundle.getBundle(BUNDLE.replace("messages", "messages" + area), locale, control));
            } catch (MissingResourceException e) {
                // an area without texts yet
            }
        }
        this.bundle = bundles.get(0);
    }

    public static Messages get() {
        Messages m = current;
        if (m == null) {
            m = new Messages(defaultLocale());
            current = m;
        }
        return m;
    }

    /** Switches the language for the rest of the process (settings, tests). */
    public static void use(Locale locale) {
        current = new Messages(locale);
    }

    public static Locale defaultLocale() {
        String lang = System.getProperty("wenzhai.lang");
        if (lang == null || lang.isBlank()) {
            lang = System.getenv("WENZHAI_LANG");
        }
        if (lang == null || lang.isBlank()) {
            lang = systemLanguage(System.getenv(), Locale.getDefault());
        }
        return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * The language the system asks for. On POSIX systems the environment decides, so that the
     * neutral {@code C}/{@code POSIX} locale (which Java reports as English) keeps the Chinese
     * default; only an explicit English locale such as {@code en_US.UTF-8} switches to English.
     */
    static String systemLanguage(java.util.Map<String, String> env, Locale javaDefault) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return javaDefault.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in. */
    public String text(String key, Object... args) {
        String pattern = null;
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                pattern = b.getString(key);
                break;
            }
        }
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static String t(String key, Object... args) {
        return get().text(key, args);
    }
}
