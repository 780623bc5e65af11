-- The articles of a source (and its dates): a search with a source filter counts them first, up to a bound
-- (pipeline/store_search.py, few_pass), which read every article for a source with few of them.
CREATE INDEX articles_source ON articles (source, published);
