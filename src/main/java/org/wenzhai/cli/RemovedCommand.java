package org.wenzhai.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "removed", mixinStandardHelpOptions = true,
        description = "Show what cleaning removed from a document, with the rule and the line of each piece.")
public class RemovedCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Parameters(index = "0", paramLabel = "DOC_ID")
    long documentId;

    @Override
    public Integer call() {
        var docs = root.context().documentService();
        if (docs.find(documentId).isEmpty()) {
            throw new CliException(Messages.t("tree.noDocument", documentId));
        }
        List<RemovedText> removed = docs.removedTexts(documentId);
        var out = root.spec().commandLine().getOut();
        if (json) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (RemovedText r : removed) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", r.ruleId());
                m.put("line", r.lineNumber());
                m.put("text", r.text());
                items.add(m);
            }
            Map<String, Object> top = new LinkedHashMap<>();
            top.put("documentId", documentId);
            top.put("removed", items);
            out.println(Json.write(top));
        } else if (removed.isEmpty()) {
            out.println(Messages.t("importing.removed.none", documentId));
        } else {
            for (RemovedText r : removed) {
                out.println(Messages.t("importing.removed.line", String.valueOf(r.lineNumber()), r.ruleId(), r.text()));
            }
        }
        return Cli.OK;
    }
}
