package org.wenzhai.ui.main;

/** A document the user deleted that is only hidden until the undo time runs out. */
public record PendingDelete(DocumentNode node, int position) {
}
