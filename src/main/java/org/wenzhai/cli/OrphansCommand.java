package org.wenzhai.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenzhai.i18n.Messages;
import org.wenzhai.passages.HighlightService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "orphans", mixinStandardHelpOptions = true,
        description = "List highlights that lost their place (their document was deleted or changed too much). They keep "
                + "quote, note and tags; put one back with: highlight reattach ID DOC_ID --quote TEXT.")
public class OrphansCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<HighlightService.Orphan> orphans = root.context().highlightService().orphans();
        var out = root.spec().commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = orphans.stream().map(o -> {
                Map<String, Object> m = new LinkedHashMap<>(PassagesJson.full(o.highlight()));
                m.put("origin", o.origin());
                m.put("prefix", o.highlight().anchor().prefix());
                m.put("suffix", o.highlight().anchor().suffix());
                return m;
            }).toList();
            out.println(Json.write(Map.of("orphans", list)));
        } else if (orphans.isEmpty()) {
            out.println(Messages.t("passages.cli.noOrphans"));
        } else {
            for (HighlightService.Orphan o : orphans) {
                out.println(PassagesJson.line(o.highlight()) + (o.origin() == null ? ""
                        : "  " + Messages.t("passages.cli.origin", o.origin())));
            }
        }
        return Cli.OK;
    }
}
