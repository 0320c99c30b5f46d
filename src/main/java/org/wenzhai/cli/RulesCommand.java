package org.wenzhai.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.NoiseRuleService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the noise rules, or turn one off or on: rules [list | disable ID | enable ID]. "
                + "Changes apply to the next import; run `reimport --all` to apply them to the library.")
public class RulesCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Option(names = "--json", description = "Print the rules as JSON.")
    boolean json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "list (default), disable or enable")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        NoiseRuleService rules = root.context().noiseRules();
        var out = root.spec().commandLine().getOut();
        String a = action == null ? "list" : action;
        switch (a) {
            case "list" -> {
                List<NoiseRuleService.RuleState> all = rules.list();
                if (json) {
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (NoiseRuleService.RuleState r : all) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", r.id());
                        m.put("kind", r.kind());
                        m.put("enabled", r.enabled());
                        m.put("description", r.description());
                        items.add(m);
                    }
                    out.println(Json.write(Map.of("rules", items)));
                } else {
                    for (NoiseRuleService.RuleState r : all) {
                        out.println(String.format("%-22s %-7s %-4s %s", r.id(), r.kind(),
                                Messages.t(r.enabled() ? "importing.rules.on" : "importing.rules.off"), r.description()));
                    }
                }
            }
            case "disable", "enable" -> {
                if (id == null) {
                    throw new CliException(Messages.t("importing.rules.needId"), Cli.USAGE);
                }
                try {
                    if (a.equals("disable")) {
                        rules.disable(id);
                    } else {
                        rules.enable(id);
                    }
                } catch (IllegalArgumentException e) {
                    throw new CliException(Messages.t("importing.rules.unknown", id), Cli.USAGE);
                }
                out.println(Messages.t(a.equals("disable") ? "importing.rules.disabledNow" : "importing.rules.enabledNow", id));
            }
            default -> throw new CliException(Messages.t("importing.rules.badAction", a), Cli.USAGE);
        }
        return Cli.OK;
    }
}
