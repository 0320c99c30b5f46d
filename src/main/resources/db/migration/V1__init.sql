-- Wenzhai library schema, first version. Never edit once released: add V2__… instead.

CREATE TABLE library_meta (
    meta_key   VARCHAR(200) PRIMARY KEY,
    meta_value VARCHAR(4000)
);

CREATE TABLE documents (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name   VARCHAR(1024) NOT NULL,
    source_path VARCHAR(4096),
    format      VARCHAR(16)   NOT NULL,
    encoding    VARCHAR(64),
    sha256      CHAR(64)      NOT NULL,
    byte_size   BIGINT        NOT NULL,
    original    BLOB          NOT NULL,
    title       VARCHAR(4000),
    source      VARCHAR(4000),
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_documents_sha256 UNIQUE (sha256)
);
CREATE INDEX ix_documents_source_path ON documents (source_path);

-- What cleaning removed from a document, so it can be shown and checked.
CREATE TABLE removed_texts (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INT    NOT NULL,
    rule_id     VARCHAR(200) NOT NULL,
    line_no     INT    NOT NULL,
    text        VARCHAR(1000000) NOT NULL
);
CREATE INDEX ix_removed_texts_document ON removed_texts (document_id, ord);

CREATE TABLE articles (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord          INT    NOT NULL,
    title        VARCHAR(4000),
    author       VARCHAR(4000),
    article_date DATE,
    duplicate_of BIGINT REFERENCES articles (id) ON DELETE SET NULL,
    simhash      BIGINT,
    CONSTRAINT uq_articles_order UNIQUE (document_id, ord)
);

CREATE TABLE blocks (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord         INT    NOT NULL,
    block_type  VARCHAR(16) NOT NULL CHECK (block_type IN ('heading', 'paragraph')),
    level       INT,
    text        VARCHAR(1000000) NOT NULL,
    CONSTRAINT uq_blocks_order UNIQUE (article_id, ord)
);

-- Tags are identified by their full path (主题/乡村振兴); ancestors always exist as rows.
CREATE TABLE tags (
    id    BIGINT AUTO_INCREMENT PRIMARY KEY,
    path  VARCHAR(2000) NOT NULL,
    color VARCHAR(32),
    CONSTRAINT uq_tags_path UNIQUE (path)
);

-- A highlight is the user's work: it is never deleted by a cascade. When its document or blocks
-- go away the references become NULL and it is an orphan that keeps its quote and context.
CREATE TABLE highlights (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id    BIGINT REFERENCES documents (id) ON DELETE SET NULL,
    article_id     BIGINT REFERENCES articles (id) ON DELETE SET NULL,
    start_block_id BIGINT REFERENCES blocks (id) ON DELETE SET NULL,
    start_offset   INT NOT NULL,
    end_block_id   BIGINT REFERENCES blocks (id) ON DELETE SET NULL,
    end_offset     INT NOT NULL,
    quote          VARCHAR(1000000) NOT NULL,
    prefix         VARCHAR(200) NOT NULL DEFAULT '',
    suffix         VARCHAR(200) NOT NULL DEFAULT '',
    color          VARCHAR(16) NOT NULL DEFAULT 'yellow',
    note           VARCHAR(1000000),
    orphan         BOOLEAN NOT NULL DEFAULT FALSE,
    -- where it was, for an orphan's listing: document title and file when it was placed
    origin         VARCHAR(4000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_highlights_document ON highlights (document_id);

CREATE TABLE highlight_tags (
    highlight_id BIGINT NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
    tag_id       BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (highlight_id, tag_id)
);

CREATE TABLE article_tags (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id     BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);

CREATE TABLE document_tags (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    tag_id      BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, tag_id)
);

-- Key/value settings that belong to the library (disabled noise rules, citation template, UI).
CREATE TABLE settings (
    setting_key   VARCHAR(200) PRIMARY KEY,
    setting_value VARCHAR(100000)
);

-- Bumped by every write that the search index must follow; the index records the value it saw.
INSERT INTO library_meta (meta_key, meta_value) VALUES ('change_seq', '0');
