-- The syndicated copies of a source: a search with a source filter asks whether the source holds any, and if so
-- lets through the stories it carries as copies (pipeline/store_search.py, Filters.copies).
CREATE INDEX articles_copies ON articles (source, story_id) WHERE duplicate_of IS NOT NULL;
