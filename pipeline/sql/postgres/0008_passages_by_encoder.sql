-- The models whose vectors the store holds: every search on Postgres asks (aipulse/indexing.py, _encoder_label), and
-- without an index the answer read every passage (35 ms a search at 100,000 units). With it, one probe of the index
-- per model (PgStore.encoders_in_use).
CREATE INDEX passages_encoder ON passages (encoder);
