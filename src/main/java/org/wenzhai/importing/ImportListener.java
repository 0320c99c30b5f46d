package org.wenzhai.importing;

/** Told about every document an import stored or replaced (the search index, for one). */
public interface ImportListener {
    void documentStored(long documentId);

    /** A folder import begins: the documents it stores follow until {@link #batchFinished()}. */
    default void batchStarted() {
    }

    /** The folder import ended (done, cancelled or failed) and every stored document was told. */
    default void batchFinished() {
    }
}
