package org.wenzhai.ui.main;

import org.wenzhai.domain.Block;

/** A heading under an article in the tree; opening it shows the article at this heading. */
public record HeadingNode(long articleId, Block heading) {
}
