package org.wenzhai.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.wenzhai.domain.Tag;
import org.wenzhai.domain.TagPath;
import org.wenzhai.domain.TagUsage;
import org.wenzhai.i18n.Messages;
import org.wenzhai.passages.TagService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Manage tags (paths such as 主题/乡村振兴/五星支部) and tag articles and documents:",
                "  tag rename OLD NEW          rename a tag with its descendants (NEW must not exist)",
                "  tag move PATH NEW_PARENT    move a tag with its descendants below NEW_PARENT (--top: to the top level)",
                "  tag merge FROM INTO         whatever carried FROM now carries INTO; FROM is gone",
                "  tag delete PATH [--force]   delete a tag with its descendants (--force when it is in use)",
                "  tag color PATH COLOR        #rrggbb, #rgb, a colour name, or none",
                "  tag add (--doc ID | --article ID) PATH...      tag a document or an article",
                "  tag remove (--doc ID | --article ID) PATH...   untag it",
                "  tag show (--doc ID | --article ID)             its tags",
                "Highlights are tagged with: highlight tag ID PATH..."},
        subcommands = {
                TagCommand.Rename.class,
                TagCommand.Move.class,
                TagCommand.Merge.class,
                TagCommand.Delete.class,
                TagCommand.Color.class,
                TagCommand.Add.class,
                TagCommand.Remove.class,
                TagCommand.Show.class,
        })
public class TagCommand implements Callable<Integer> {
    @ParentCommand
    WenzhaiCommand root;

    @Override
    public Integer call() {
        throw new CliException(Messages.t("passages.cli.subcommandNeeded", "tag"), Cli.USAGE);
    }

    TagService service() {
        return root.context().tagService();
    }

    PrintWriter out() {
        return root.spec().commandLine().getOut();
    }

    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        TagCommand parent;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        void printChange(String what, TagPath from, TagPath to, Set<Long> documents) {
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(what, Map.of("from", from.value(), "to", to.value()));
                m.put("documents", new TreeSet<>(documents));
                parent.out().println(Json.write(m));
            } else {
                parent.out().println(Messages.t("passages.cli." + what, from.value(), to.value(), documents.size()));
            }
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a tag with its descendants.")
    static class Rename extends Sub {
        @Parameters(index = "0", paramLabel = "OLD")
        String from;

        @Parameters(index = "1", paramLabel = "NEW")
        String to;

        @Override
        public Integer call() {
            TagPath f = PassagesJson.tag(from);
            TagPath t = PassagesJson.tag(to);
            printChange("renamed", f, t, parent.service().rename(f, t));
            return Cli.OK;
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move a tag with its descendants below another tag.")
    static class Move extends Sub {
        @Parameters(index = "0", paramLabel = "PATH")
        String path;

        @Parameters(index = "1", arity = "0..1", paramLabel = "NEW_PARENT")
        String newParent;

        @Option(names = "--top", description = "Move it to the top level.")
        boolean top;

        @Override
        public Integer call() {
            if ((newParent == null) == !top) {
                throw new CliException(Messages.t("passages.cli.moveWhere"), Cli.USAGE);
            }
            TagPath p = PassagesJson.tag(path);
            TagPath parentPath = top ? null : PassagesJson.tag(newParent);
            TagPath to = parentPath == null ? TagPath.of(p.name()) : parentPath.child(p.name());
            printChange("renamed", p, to, parent.service().move(p, parentPath));
            return Cli.OK;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge FROM into INTO: whatever carried FROM (or FROM/x) now carries INTO (INTO/x); FROM is gone.")
    static class Merge extends Sub {
        @Parameters(index = "0", paramLabel = "FROM")
        String from;

        @Parameters(index = "1", paramLabel = "INTO")
        String into;

        @Override
        public Integer call() {
            TagPath f = PassagesJson.tag(from);
            TagPath t = PassagesJson.tag(into);
            printChange("merged", f, t, parent.service().merge(f, t));
            return Cli.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a tag with its descendants. A tag in use needs --force; without it the command fails "
                    + "and says how many passages, articles and documents carry it. Highlights themselves are kept.")
    static class Delete extends Sub {
        @Parameters(index = "0", paramLabel = "PATH")
        String path;

        @Option(names = "--force", description = "Delete even when highlights, articles or documents carry it.")
        boolean force;

        @Override
        public Integer call() {
            TagPath p = PassagesJson.tag(path);
            TagUsage u = parent.service().delete(p, force);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("deleted", p.value());
                m.put("highlights", u.highlights());
                m.put("articles", u.articles());
                m.put("documents", u.documents());
                parent.out().println(Json.write(m));
            } else {
                parent.out().println(Messages.t("passages.cli.tagDeleted", p.value(), u.highlights(), u.articles(),
                        u.documents()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "color", mixinStandardHelpOptions = true, description = "Set a tag's colour (#rrggbb, #rgb, a name, or none).")
    static class Color extends Sub {
        @Parameters(index = "0", paramLabel = "PATH")
        String path;

        @Parameters(index = "1", paramLabel = "COLOR")
        String color;

        @Override
        public Integer call() {
            Tag t = parent.service().setColor(PassagesJson.tag(path), "none".equalsIgnoreCase(color) ? null : color);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", t.path().value());
                m.put("color", t.color());
                parent.out().println(Json.write(m));
            } else {
                parent.out().println(t.path().value() + "  " + (t.color() == null ? "-" : t.color()));
            }
            return Cli.OK;
        }
    }

    /** Exactly one of --doc and --article. */
    static class Target {
        @Option(names = "--doc", paramLabel = "ID", required = true)
        Long document;

        @Option(names = "--article", paramLabel = "ID", required = true)
        Long article;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Tag a document or an article.")
    static class Add extends Sub {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Parameters(arity = "1..*", paramLabel = "PATH")
        List<String> tags = new ArrayList<>();

        @Override
        public Integer call() {
            List<TagPath> paths = PassagesJson.tags(tags);
            if (target.document != null) {
                parent.service().tagDocument(target.document, paths);
            } else {
                parent.service().tagArticle(target.article, paths);
            }
            return Show.print(this, target);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Untag a document or an article.")
    static class Remove extends Sub {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Parameters(arity = "1..*", paramLabel = "PATH")
        List<String> tags = new ArrayList<>();

        @Override
        public Integer call() {
            List<TagPath> paths = PassagesJson.tags(tags);
            if (target.document != null) {
                parent.service().untagDocument(target.document, paths);
            } else {
                parent.service().untagArticle(target.article, paths);
            }
            return Show.print(this, target);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the tags of a document or an article.")
    static class Show extends Sub {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Override
        public Integer call() {
            return print(this, target);
        }

        static int print(Sub sub, Target target) {
            TagService s = sub.parent.service();
            List<String> tags = (target.document != null ? s.documentTags(target.document) : s.articleTags(target.article))
                    .stream().map(TagPath::value).toList();
            if (sub.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (target.document != null) {
                    m.put("documentId", target.document);
                } else {
                    m.put("articleId", target.article);
                }
                m.put("tags", tags);
                sub.parent.out().println(Json.write(m));
            } else {
                sub.parent.out().println(tags.isEmpty() ? Messages.t("passages.cli.noTags") : String.join("、", tags));
            }
            return Cli.OK;
        }
    }
}
