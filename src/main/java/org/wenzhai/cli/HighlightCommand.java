package org.wenzhai.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightFilter;
import org.wenzhai.i18n.Messages;
import org.wenzhai.passages.HighlightService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "highlight", mixinStandardHelpOptions = true,
        description = "Mark passages and work with them: add, list, tag, untag, note, color, delete, reattach.",
        subcommands = {
                HighlightCommand.Add.class,
                HighlightCommand.ListHighlights.class,
                HighlightCommand.Tag.class,
                HighlightCommand.Untag.class,
                HighlightCommand.Note.class,
                HighlightCommand.Color.class,
                HighlightCommand.Delete.class,
                HighlightCommand.Reattach.class,
        })
public class HighlightCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Override
    public Integer call() {
        throw new CliException(Messages.t("passages.cli.subcommandNeeded", "highlight"), Cli.USAGE);
    }

    HighlightService service() {
        return root.context().highlightService();
    }

    PrintWriter out() {
        return root.spec().commandLine().getOut();
    }

    void print(boolean json, Highlight h) {
        out().println(json ? Json.write(PassagesJson.full(h)) : PassagesJson.line(h));
    }

    /** Common to every subcommand. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        HighlightCommand parent;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Highlight a quote of a document. A quote over several paragraphs has a line break between them. "
                    + "A quote not found, or found more often than --occurrence allows, is an error (exit 1) that says how "
                    + "many times it was found.")
    static class Add extends Sub {
        @Parameters(index = "0", paramLabel = "DOC_ID")
        long documentId;

        @Option(names = "--quote", required = true, paramLabel = "TEXT")
        String quote;

        @Option(names = "--occurrence", paramLabel = "K", description = "Which occurrence (1 = first) when the quote is not unique.")
        Integer occurrence;

        @Option(names = "--tag", paramLabel = "PATH", description = "A tag such as 主题/乡村振兴 (repeatable).")
        List<String> tags = new ArrayList<>();

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Option(names = "--color", paramLabel = "C", description = "yellow (default), green, blue, pink, purple.")
        String color;

        @Override
        public Integer call() {
            Highlight h = parent.service().addByQuote(documentId, quote, occurrence,
                    new HighlightService.Details(PassagesJson.color(color), note, PassagesJson.tags(tags)));
            parent.out().println(json ? Json.write(PassagesJson.added(h))
                    : Messages.t("passages.cli.added", h.id()) + "  " + PassagesJson.line(h));
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List highlights in reading order (orphans last). --tag matches the tag and its descendants; "
                    + "several --tag or --doc match any of them.")
    static class ListHighlights extends Sub {
        @Option(names = "--tag", paramLabel = "PATH")
        List<String> tags = new ArrayList<>();

        @Option(names = "--doc", paramLabel = "ID")
        List<Long> documents = new ArrayList<>();

        @Option(names = "--color", paramLabel = "C")
        String color;

        @Override
        public Integer call() {
            List<Highlight> found = parent.service().list(new HighlightFilter(PassagesJson.tags(tags), documents,
                    PassagesJson.color(color), null));
            if (json) {
                Map<String, Object> top = new LinkedHashMap<>();
                top.put("highlights", found.stream().map(PassagesJson::full).toList());
                parent.out().println(Json.write(top));
            } else if (found.isEmpty()) {
                parent.out().println(Messages.t("passages.cli.noHighlights"));
            } else {
                found.forEach(h -> parent.out().println(PassagesJson.line(h)));
            }
            return Cli.OK;
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true, description = "Add tags to a highlight.")
    static class Tag extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH")
        List<String> tags;

        @Override
        public Integer call() {
            parent.print(json, parent.service().tag(id, PassagesJson.tags(tags)));
            return Cli.OK;
        }
    }

    @Command(name = "untag", mixinStandardHelpOptions = true, description = "Remove tags from a highlight (the tags stay in the library).")
    static class Untag extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH")
        List<String> tags;

        @Override
        public Integer call() {
            parent.print(json, parent.service().untag(id, PassagesJson.tags(tags)));
            return Cli.OK;
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true,
            description = "Set a highlight's note (TEXT may hold line breaks). "
                    + "--clear removes it.")
    static class Note extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT")
        String text;

        @Option(names = "--clear")
        boolean clear;

        @Override
        public Integer call() {
            if (text == null && !clear) {
                throw new CliException(Messages.t("passages.cli.noteNeeded"), Cli.USAGE);
            }
            parent.print(json, parent.service().note(id, clear ? null : text));
            return Cli.OK;
        }
    }

    @Command(name = "color", mixinStandardHelpOptions = true, description = "Set a highlight's colour: yellow, green, blue, pink, purple.")
    static class Color extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1", paramLabel = "C")
        String color;

        @Override
        public Integer call() {
            parent.print(json, parent.service().color(id, PassagesJson.color(color)));
            return Cli.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a highlight with its note.")
    static class Delete extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            Highlight h = parent.service().delete(id);
            parent.out().println(json ? Json.write(Map.of("deleted", PassagesJson.full(h)))
                    : Messages.t("passages.cli.deleted", h.id()));
            return Cli.OK;
        }
    }

    @Command(name = "reattach", mixinStandardHelpOptions = true,
            description = "Put a highlight (usually an orphan, see the orphans command) on a quote of a document; "
                    + "its note, colour and tags stay.")
    static class Reattach extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1", paramLabel = "DOC_ID")
        long documentId;

        @Option(names = "--quote", required = true, paramLabel = "TEXT")
        String quote;

        @Option(names = "--occurrence", paramLabel = "K")
        Integer occurrence;

        @Override
        public Integer call() {
            parent.print(json, parent.service().reattachByQuote(id, documentId, quote, occurrence));
            return Cli.OK;
        }
    }
}
