package org.wenzhai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenzhai.domain.TagCount;
import org.wenzhai.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "tags", mixinStandardHelpOptions = true,
        description = "Show the tag tree. count = highlights, articles and documents carrying the tag itself; "
                + "total = distinct ones carrying it or a descendant.")
public class TagsCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Option(names = "--json", description = "Print as JSON: {\"tags\":[{\"path\",\"count\",\"total\",\"children\"}]}.")
    boolean json;

    @Override
    public Integer call() {
        List<TagCount> tree = root.context().tagService().tree();
        PrintWriter out = root.spec().commandLine().getOut();
        if (json) {
            out.println(Json.write(Map.of("tags", PassagesJson.tree(tree))));
        } else if (tree.isEmpty()) {
            out.println(Messages.t("passages.cli.noTags"));
        } else {
            print(out, tree, 0);
        }
        return Cli.OK;
    }

    private static void print(PrintWriter out, List<TagCount> tags, int depth) {
        for (TagCount t : tags) {
            out.println("  ".repeat(depth) + t.path().name() + "  " + Messages.t("passages.cli.tagCounts", t.count(), t.total())
                    + (t.color() == null ? "" : "  " + t.color()));
            print(out, t.children(), depth + 1);
        }
    }
}
