package org.wenzhai.ui.main;

import java.util.List;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Document;

/** A document with its articles, as the tree shows it. */
public record DocumentNode(Document document, List<Article> articles) {
}
