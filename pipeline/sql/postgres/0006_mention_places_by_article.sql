-- Each mention's sentence, company, stance and theme under its article, so that checking whether a unit passes a
-- company filter reads the index alone (pipeline/store_search.py, passing; a keyword query joined with a filter). It
-- leads with the article, so it stands in for the index on the article alone.
CREATE INDEX mentions_article_place ON mentions (article_id, sentence_index, entity, label, theme);
DROP INDEX IF EXISTS mentions_article_id;
