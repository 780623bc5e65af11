-- Each sentence unit's token bits for late interaction (index/late.py); empty until it is embedded again.
ALTER TABLE passages ADD COLUMN tokens bytea;
