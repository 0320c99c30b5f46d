package org.wenzhai.importing;

/** Told about every document an import stored, replaced or found already present (e.g. the search index). */
public interface ImportListener {
    void documentStored(long documentId);
}
