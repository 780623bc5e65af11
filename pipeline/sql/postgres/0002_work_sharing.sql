-- Many workers, one store. Scoring and embedding are claimed in batches: a worker marks the articles it takes
-- (holder, until when) in the same statement that picks them with FOR UPDATE SKIP LOCKED, so two workers never
-- take one article, and a dead worker's claims lapse. A source's lease records when it was last crawled to its
-- end, so the workers of one round know which sources are left.
ALTER TABLE articles ADD COLUMN score_holder text, ADD COLUMN score_until timestamptz,
    ADD COLUMN embed_holder text, ADD COLUMN embed_until timestamptz;
ALTER TABLE crawl_leases ADD COLUMN crawled timestamptz;
ALTER TABLE crawl_leases ALTER COLUMN holder DROP NOT NULL, ALTER COLUMN expires DROP NOT NULL;
