package org.wenzhai.passages;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.wenzhai.domain.Tag;
import org.wenzhai.domain.TagCount;
import org.wenzhai.domain.TagPath;
import org.wenzhai.domain.TagUsage;
import org.wenzhai.i18n.Messages;
import org.wenzhai.storage.DocumentRepository;
import org.wenzhai.storage.TagExistsException;
import org.wenzhai.storage.TagRepository;

/**
 * Hierarchical tags ({@code 主题/乡村振兴/五星支部}) on highlights, articles and documents: the tag
 * tree with counts, colours, rename, move, merge and delete. Documents whose tags changed are
 * reported to {@link PassageEvents} listeners.
 */
public class TagService {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]{3,20}");

    private final TagRepository tags;
    private final DocumentRepository documents;
    private final PassageEvents events;

    public TagService(TagRepository tags, DocumentRepository documents, PassageEvents events) {
        this.tags = tags;
        this.documents = documents;
        this.events = events;
    }

    /** Registers a listener for the ids of documents whose tags changed. */
    public void addListener(Consumer<Set<Long>> listener) {
        events.addListener(listener);
    }

    /** The tag forest; each node has its direct count and the total with its descendants. */
    public List<TagCount> tree() {
        return tags.tree();
    }

    public List<Tag> all() {
        return tags.all();
    }

    /** Creates a tag (and its ancestors) if missing. */
    public Tag create(TagPath path) {
        return tags.ensure(path);
    }

    /** Sets a tag's colour: {@code #rgb}, {@code #rrggbb} or a CSS colour name; null or blank clears it. */
    public Tag setColor(TagPath path, String color) {
        String c = color == null || color.isBlank() ? null : color.strip();
        if (c != null && !COLOR.matcher(c).matches()) {
            throw new IllegalArgumentException(Messages.t("passages.badTagColor", color));
        }
        return tags.setColor(path, c);
    }

    public TagUsage usage(TagPath path) {
        return tags.usage(path);
    }

    /** Renames a tag with its descendants; the new path must be free. */
    public Set<Long> rename(TagPath from, TagPath to) {
        requireExists(from);
        try {
            Set<Long> docs = tags.rename(from, to);
            events.fire(docs);
            return docs;
        } catch (TagExistsException e) {
            throw new IllegalArgumentException(Messages.t("passages.tagExists", to.value()));
        }
    }

    /** Moves a tag with its descendants below {@code newParent} (null: to the top level). */
    public Set<Long> move(TagPath path, TagPath newParent) {
        return rename(path, newParent == null ? TagPath.of(path.name()) : newParent.child(path.name()));
    }

    /** Whatever carried {@code from} (or {@code from/x}) now carries {@code into} ({@code into/x}); {@code from} is gone. */
    public Set<Long> merge(TagPath from, TagPath into) {
        requireExists(from);
        Set<Long> docs = tags.merge(from, into);
        events.fire(docs);
        return docs;
    }

    /**
     * Deletes a tag and its descendants. The highlights, articles and documents that carried them
     * keep everything else.
     *
     * @param force needed when the tag is in use
     * @return what carried the tag before
     * @throws TagInUseException when it is in use and {@code force} is false
     */
    public TagUsage delete(TagPath path, boolean force) {
        requireExists(path);
        TagUsage usage = tags.usage(path);
        if (usage.inUse() && !force) {
            throw new TagInUseException(path, usage);
        }
        events.fire(tags.delete(path));
        return usage;
    }

    public void tagDocument(long documentId, Collection<TagPath> paths) {
        requireDocument(documentId);
        tags.tagDocument(documentId, paths);
        events.fire(Set.of(documentId));
    }

    public void untagDocument(long documentId, Collection<TagPath> paths) {
        requireDocument(documentId);
        tags.untagDocument(documentId, paths);
        events.fire(Set.of(documentId));
    }

    public void tagArticle(long articleId, Collection<TagPath> paths) {
        requireArticle(articleId);
        events.fire(Set.of(tags.tagArticle(articleId, paths)));
    }

    public void untagArticle(long articleId, Collection<TagPath> paths) {
        requireArticle(articleId);
        events.fire(Set.of(tags.untagArticle(articleId, paths)));
    }

    public List<TagPath> documentTags(long documentId) {
        return tags.documentTags(documentId);
    }

    public List<TagPath> articleTags(long articleId) {
        return tags.articleTags(articleId);
    }

    private void requireExists(TagPath path) {
        if (tags.find(path).isEmpty()) {
            throw new IllegalArgumentException(Messages.t("passages.noTag", path.value()));
        }
    }

    private void requireDocument(long id) {
        if (documents.find(id).isEmpty()) {
            throw new IllegalArgumentException(Messages.t("passages.noDocument", id));
        }
    }

    private void requireArticle(long id) {
        if (documents.article(id).isEmpty()) {
            throw new IllegalArgumentException(Messages.t("passages.noArticle", id));
        }
    }
}
