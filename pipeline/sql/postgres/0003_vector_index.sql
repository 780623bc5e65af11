-- The approximate vector index, when the store has one: pgvector IVFFlat over passages.vector as `dim`-dimensional,
-- with `lists` lists trained on `trained_on` vectors (index/pgvectors.py decides when, as for the FAISS file).
-- Below that size searches are exact scans, and storing a vector costs no index upkeep.
CREATE TABLE vector_index (dim integer PRIMARY KEY, lists integer NOT NULL, trained_on bigint NOT NULL, built text);
