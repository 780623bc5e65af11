-- Each unit's article and sentences in an index of their own: a company, stance or theme filter reads them for every
-- unit (pipeline/store_search.py, allowed_passages). It leads with the article, so it stands in for the index on the
-- article alone.
CREATE INDEX passages_article_place ON passages (article_id, first, last, kind);
DROP INDEX IF EXISTS passages_article_id;
-- And each mention's place under the company, stance and theme a filter asks for.
CREATE INDEX mentions_places ON mentions (entity, label, theme, article_id, sentence_index);
