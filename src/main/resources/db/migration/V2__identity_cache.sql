-- Identity values are handed out from a cache of 4096 instead of H2's 32: every time a cache ran
-- out, H2 wrote the sequence to its metadata in a transaction of its own, and an import of 100 MB
-- (some 300,000 blocks) spent a tenth of its storing time there. After a crash the ids may skip
-- up to one cache; after a normal close they go on where they stopped.
ALTER TABLE documents ALTER COLUMN id SET CACHE 4096;
ALTER TABLE removed_texts ALTER COLUMN id SET CACHE 4096;
ALTER TABLE articles ALTER COLUMN id SET CACHE 4096;
ALTER TABLE blocks ALTER COLUMN id SET CACHE 4096;
ALTER TABLE highlights ALTER COLUMN id SET CACHE 4096;
