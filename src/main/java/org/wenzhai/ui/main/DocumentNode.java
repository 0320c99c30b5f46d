package org.wenzhai.ui.main;

import org.wenzhai.domain.Document;

/** A document as the tree shows it: its articles are loaded when it is expanded. */
public record DocumentNode(Document document, int articleCount) {
}
