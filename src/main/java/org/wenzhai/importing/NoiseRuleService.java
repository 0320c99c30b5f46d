package org.wenzhai.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.wenzhai.importing.clean.Cleaner;
import org.wenzhai.importing.clean.NoiseRule;
import org.wenzhai.importing.clean.NoiseRules;
import org.wenzhai.importing.clean.Reflow;
import org.wenzhai.storage.SettingsRepository;

/**
 * The noise rules in force for a library and which of them the user turned off (kept in the
 * library's settings under {@value #SETTING}). Changes apply to the next import or re-import.
 */
public class NoiseRuleService {
    public static final String SETTING = "import.disabledRules";

    /** A rule as the user sees it. */
    public record RuleState(String id, String kind, String description, boolean enabled) {
    }

    private final NoiseRules rules;
    private final SettingsRepository settings;

    public NoiseRuleService(NoiseRules rules, SettingsRepository settings) {
        this.rules = rules;
        this.settings = settings;
    }

    /** Every rule, built-in and the library's own, with the switches of the pipeline itself. */
    public List<RuleState> list() {
        Set<String> off = disabled();
        List<RuleState> out = new ArrayList<>();
        for (NoiseRule r : rules.all()) {
            out.add(new RuleState(r.id(), r.kind().wireName(), r.description(), !off.contains(r.id())));
        }
        out.add(new RuleState(Cleaner.HEAD_BLOCK_ID, "head", "The advert block at the head of a document, as a whole",
                !off.contains(Cleaner.HEAD_BLOCK_ID)));
        out.add(new RuleState(Cleaner.RUNNING_HEADER_ID, "page", "A short line met at two or more page breaks "
                + "(running header or footer)", !off.contains(Cleaner.RUNNING_HEADER_ID)));
        out.add(new RuleState(Reflow.GLUED_PAGE_NUMBER_ID, "page", "A page number stuck to the end of a broken line",
                !off.contains(Reflow.GLUED_PAGE_NUMBER_ID)));
        out.add(new RuleState(Cleaner.PAGE_NUMBER_AFTER_ID, "page", "A page number (- 3 -) left after the full stop of a "
                + "page's last line", !off.contains(Cleaner.PAGE_NUMBER_AFTER_ID)));
        out.add(new RuleState(Cleaner.LINK_LIST_ID, "line", "The links listed under 往期推荐, 相关阅读 and the like",
                !off.contains(Cleaner.LINK_LIST_ID)));
        out.add(new RuleState(Cleaner.MASTHEAD_ID, "line", "A web page's site name over its breadcrumb or menu "
                + "(临川市人民政府　门户网站 / 首页 > 政务公开)", !off.contains(Cleaner.MASTHEAD_ID)));
        return out;
    }

    public Set<String> disabled() {
        return settings.get(SETTING)
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /** @throws IllegalArgumentException when no rule has this id */
    public void disable(String id) {
        requireKnown(id);
        Set<String> off = new TreeSet<>(disabled());
        off.add(id);
        settings.put(SETTING, String.join(",", off));
    }

    /** @throws IllegalArgumentException when no rule has this id */
    public void enable(String id) {
        requireKnown(id);
        Set<String> off = new TreeSet<>(disabled());
        off.remove(id);
        settings.put(SETTING, off.isEmpty() ? null : String.join(",", off));
    }

    private void requireKnown(String id) {
        if (list().stream().noneMatch(r -> r.id().equals(id))) {
            throw new IllegalArgumentException("no noise rule " + id);
        }
    }
}
