"""The SQL of search: passages, their vectors and keyword index, and the filters. Part of Store."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import sqlite_utils

from pipeline.passages import CONTEXT_SENTENCES


@dataclass(frozen=True)
class Filters:
    entity: str | None = None
    stance: str | None = None  # with entity: that company's stance; alone: any company's
    since: str | None = None
    until: str | None = None
    source: str | None = None
    theme: str | None = None  # with entity: that company's theme; alone: any company's
    # with source: it also passes the stories that source carries as syndicated copies, which are not search units
    # themselves (their first copy stands for them); aipulse.search sets it when the source holds any copy
    copies: bool = False

    def __bool__(self) -> bool:
        return any(value is not None for value in (self.entity, self.stance, self.since, self.until, self.source,
                                                   self.theme))


# Words that match nearly every passage: left out of the keyword query unless it has nothing else.
STOPWORDS = frozenset("""a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her
here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our
ours out over own same she should so some such than that the their theirs them then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your yours""".split())


POSTINGS_BUDGET = 10_000  # units a keyword query may score, at most (bench/search.py, docs/search.md)
# the units one mention lets through at most: its sentence and the CONTEXT_SENTENCES either side shown around a
# sentence unit, and the two passages that can hold it (neighbouring passages share one sentence)
MENTION_REACH = 2 * CONTEXT_SENTENCES + 1 + 2
FEW_ARTICLES = 8  # a company filter whose mentions lie in at most 1/8 of the articles reads only their units' places


def query_words(text: str) -> list[str]:
    """The words of a query, as the keyword search matches them: runs of letters and digits."""
    return "".join(c if c.isalnum() else " " for c in text).split()


def create_passages(db: sqlite_utils.Database) -> None:
    """Migration 0003: passages and sentences to search, with their vectors and an FTS5 index."""
    db.table("passages").create(
        {"id": int, "article_id": int, "kind": str, "first": int, "last": int, "start": int, "end": int,
         "text": str, "vector": bytes, "encoder": str},
        pk="id", not_null={"article_id", "kind", "text"},
    )
    db.table("passages").create_index(["article_id"])
    db.table("passages").enable_fts(["text"], create_triggers=True, tokenize="porter")
    db.table("articles").add_column("embed_version", str)


def create_passage_totals(db: sqlite_utils.Database) -> None:
    """Migration 0008: the units' count and sum of ids, kept by triggers in the same transaction as every change, so
    checking the vector index against the database reads one row instead of counting every unit (84 ms of a cold
    search at 1.6M units)."""
    db.execute("CREATE TABLE passage_totals (id INTEGER PRIMARY KEY CHECK (id = 1), units INTEGER NOT NULL, "
               "id_sum INTEGER NOT NULL)")
    db.execute("INSERT INTO passage_totals SELECT 1, COUNT(*), COALESCE(SUM(id), 0) FROM passages")
    for event, change in (("INSERT", "units + 1, id_sum = id_sum + new.id"),
                          ("DELETE", "units - 1, id_sum = id_sum - old.id"),
                          ("UPDATE OF id", "units, id_sum = id_sum - old.id + new.id")):
        db.execute(f"CREATE TRIGGER passage_totals_{event.split()[0].lower()} AFTER {event} ON passages BEGIN "
                   f"UPDATE passage_totals SET units = {change} WHERE id = 1; END")


class SearchTables:
    transaction: Callable[[], AbstractContextManager[None]]  # Store's immediate transaction
    _rows: Callable[..., list[dict[str, Any]]]  # Store's primitives (pipeline/store.py)
    _tuples: Callable[..., list[tuple[Any, ...]]]
    _write: Callable[..., Any]
    _write_many: Callable[[str, Sequence[Sequence[Any]]], None]
    _update: Callable[[str, int, dict[str, Any]], None]
    _version: Callable[[], Any]  # moves whenever the database changed
    _vector_ids: tuple[tuple[int, int], tuple[int, int]] | None = None  # (database version, vector_ids())
    _LIST = "group_concat({})"  # a column of a query's rows as one text, "1,2,3" (Postgres: string_agg)
    _TOTALS = "SELECT units, id_sum FROM passage_totals"  # kept by triggers (migration 0008)
    _holding: tuple[tuple[int, int], dict[str, int]] | None = None  # (database version, units holding each word)
    _ARTICLE_FIRST = True  # `|| ''` keeps a filter's EXISTS on the index of the mentions' article (_filter_sql; SQLite)
    _steady: Any = None  # the database's version while a block such as a search holds it steady (steady())

    @contextmanager
    def steady(self) -> Iterator[None]:
        """A block, such as one search, in which the caches kept while the database stays as it is (vector_ids,
        units_holding_each) ask whether it changed once, at the block's start, instead of at every use: on Postgres
        each asking is a round trip, seven in a hybrid search. What another process writes meanwhile shows in the
        next block."""
        if self._steady is not None:
            yield
            return
        self._steady = self._version()
        try:
            yield
        finally:
            self._steady = None

    def _current(self) -> Any:
        """The database's version, as steady() holds it or as it is now."""
        return self._steady if self._steady is not None else self._version()

    def articles_to_embed(self, version: str, limit: int, after: int = 0) -> list[dict[str, Any]]:
        """Articles whose passages are missing or came from another encoder or passage scheme, in id order, only
        ids above `after`.

        Syndicated copies are skipped: search shows a story once, from its first copy.
        """
        return self._rows(
            "SELECT id, text FROM articles WHERE embed_version IS NOT ? AND duplicate_of IS NULL AND id > ? "
            "ORDER BY id LIMIT ?", [version, after, limit])

    def replace_passages(self, article_id: int, rows: Sequence[dict[str, Any]], version: str) -> tuple[list[int],
                                                                                                         list[int]]:
        """The article's passages, all at once; returns (ids removed, ids added) for the vector index."""
        with self.transaction():
            removed = [row[0] for row in self._tuples("SELECT id FROM passages WHERE article_id = ?", [article_id])]
            self._write("DELETE FROM passages WHERE article_id = ?", [article_id])
            if rows:  # one statement for all of them (sqlite-utils' insert per row cost more than the FTS triggers)
                columns = list(rows[0])
                names = ", ".join(f'"{column}"' for column in columns)  # "end" is a word of Postgres' SQL
                self._write_many(
                    f"INSERT INTO passages (article_id, {names}) "
                    f"VALUES (?{', ?' * len(columns)})", [[article_id, *(row[c] for c in columns)] for row in rows])
            # the article's rows were deleted above, so its rows now are exactly these, in insertion (id) order
            added = [row[0] for row in self._tuples("SELECT id FROM passages WHERE article_id = ? ORDER BY id",
                                                    [article_id])]
            self._update("articles", article_id, {"embed_version": version})
        return removed, added

    def vector_ids(self) -> tuple[int, int]:
        """(count, sum of ids) of stored vectors: what an index in step with the database holds too.
        Every passage row carries its vector; triggers keep both figures in one row as units come and go.
        Remembered until the database changes (another connection's commit moves `PRAGMA data_version`,
        this one's moves total_changes)."""
        version = self._current()
        if self._vector_ids is None or self._vector_ids[0] != version:
            count, total = self._tuples(self._TOTALS)[0]
            self._vector_ids = (version, (int(count), int(total)))
        return self._vector_ids[1]

    def iter_vectors(self, batch: int = 20000) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(ids, vectors) of every stored passage, in id order, in batches."""
        last = -1
        while True:
            rows = self._tuples("SELECT id, vector FROM passages WHERE id > ? AND vector IS NOT NULL "
                                "ORDER BY id LIMIT ?", [last, batch])
            if not rows:
                return
            ids = np.array([row[0] for row in rows], dtype=np.int64)
            yield ids, _stacked(rows)
            last = int(ids[-1])

    def vectors_of(self, ids: Sequence[int]) -> tuple[list[int], np.ndarray]:
        """(ids, vectors) of the given passages that have a vector, in the order found."""
        rows = self._tuples(f"SELECT id, vector FROM passages WHERE id IN ({','.join('?' * len(ids))}) "
                            "AND vector IS NOT NULL", list(ids))
        if not rows:
            return [], np.zeros((0, 0), np.float32)
        return [int(r[0]) for r in rows], _stacked(rows)

    def sentence_vectors(self, article_ids: Sequence[int], digest: str) -> dict[str, np.ndarray]:
        """Sentence text -> stored vector, over the sentence units of these articles embedded by a model with this
        weights digest (any precision): what the theme head reads, so scoring need not embed them again."""
        if not article_ids:
            return {}
        rows = self._tuples(
            f"SELECT text, vector FROM passages WHERE article_id IN ({','.join('?' * len(article_ids))}) "
            "AND kind = 'sentence' AND vector IS NOT NULL AND encoder LIKE ?", [*article_ids, f"%@{digest}/%"])
        return {row[0]: self._vector(row[1]) for row in rows}

    @staticmethod
    def _vector(value: Any) -> np.ndarray:
        return np.frombuffer(value, dtype=np.float32)

    def unit_texts(self, ids: Sequence[int]) -> list[str]:
        """The text of each given unit (any order)."""
        if not ids:
            return []
        return [row[0] for row in self._tuples(f"SELECT text FROM passages WHERE id IN ({','.join('?' * len(ids))})",
                                               list(ids))]

    def unit_tokens(self, units: Sequence[Mapping[str, Any]]) -> dict[int, list[tuple[int, bytes]]]:
        """Late interaction's token bits (index/late.py) of each unit (rows with id, kind, article_id, first and
        last): of each of its sentence units in order, with that unit's id (a sentence's own alone). A unit none of
        whose sentences has bits (embedded before they were stored) is left out."""
        sentences = [unit["id"] for unit in units if unit["kind"] == "sentence"]
        spans = [unit for unit in units if unit["kind"] != "sentence"]
        rows = self._tuples(f"SELECT id, article_id, first, tokens FROM passages WHERE id IN "
                            f"({','.join('?' * len(sentences))}) AND tokens IS NOT NULL", sentences) if sentences else []
        if spans:  # a passage's sentences: by article and place, which the article_id index finds
            rows += self._tuples(
                "SELECT id, article_id, first, tokens FROM passages WHERE kind = 'sentence' AND tokens IS NOT NULL AND ("
                + " OR ".join(["(article_id = ? AND first BETWEEN ? AND ?)"] * len(spans)) + ")",
                [value for unit in spans for value in (unit["article_id"], unit["first"], unit["last"])])
        found: dict[int, dict[int, tuple[int, bytes]]] = {}
        for unit_id, article_id, first, bits in rows:
            found.setdefault(int(article_id), {})[int(first)] = (int(unit_id), bytes(bits))
        out = {}
        for unit in units:
            held = found.get(int(unit["article_id"]), {})
            parts = [held[index] for index in range(unit["first"], unit["last"] + 1) if index in held]
            if parts:
                out[int(unit["id"])] = parts
        return out

    def sentence_units(self, article_id: int, first: int, last: int) -> list[int]:
        """Ids of the article's sentence units from sentence `first` to `last`."""
        return [row[0] for row in self._tuples(
            "SELECT id FROM passages WHERE article_id = ? AND kind = 'sentence' AND first BETWEEN ? AND ?",
            [article_id, first, last])]

    def drop_vectors_except(self, model: str) -> int:
        """Delete the units embedded by any other model than `model` (its version, name@digest, which the encoder
        column starts with); how many. Their articles keep another embed version, so the next embedding pass embeds
        them again. Every embedding pass drops first, so another model's units can only precede or follow this
        one's: the oldest and the newest unit (two lookups by id) tell whether there is anything to drop, where the
        DELETE would read every unit of every ingest (1.2–3.5 s at 1.6M units)."""
        ends = self._tuples("SELECT encoder FROM passages WHERE id = (SELECT MIN(id) FROM passages) "
                            "OR id = (SELECT MAX(id) FROM passages)")
        if all(encoder is None or encoder.split("/")[0] == model for (encoder,) in ends):
            return 0
        with self.transaction():
            return int(self._write("DELETE FROM passages WHERE encoder <> ? AND substr(encoder, 1, ?) <> ?",
                                   [model, len(model) + 1, f"{model}/"]).rowcount)

    def encoders_in_use(self) -> list[str]:
        return [row[0] for row in self._tuples("SELECT DISTINCT encoder FROM passages") if row[0]]

    def allowed_passages(self, filters: Filters) -> np.ndarray | None:
        """Ids of passages that pass the filters, ascending, int64 (None: no filter, everything passes)."""
        if not filters:
            return None
        articles_only = _articles_only(filters)
        where, params = _filter_sql(articles_only)
        if not _mention_filter(filters):
            return np.sort(self._int_lists(f"FROM passages p JOIN articles a ON a.id = p.article_id WHERE {where}",
                                           params, ["p.id"])[0])
        # a unit passes with a mention of its own, or one within the sentences shown around a sentence unit: the
        # mentions that pass and the units of their articles, matched by ranges of sentences in numpy. SQL's EXISTS
        # for each unit (_filter_sql, the same answer) took 80 ms at 16,000 units, and 7.6 s with a stance too
        found = self._int_lists(*_passing_mentions(filters), ["m.article_id", "m.sentence_index"])
        if not len(found[0]):
            return np.zeros(0, dtype=np.int64)
        # the units' places, from an index of them (a unit without one passes none): of the articles with such a
        # mention alone where they are few (a company of 400 articles at 1.6M units: 6 ms, every unit's place 0.7 s),
        # else of every unit, which took less than reading them article by article where most articles have one
        columns = ["p.id", "p.article_id", "p.first", "p.last", "CASE WHEN p.kind = 'sentence' THEN 1 ELSE 0 END"]
        holding = np.unique(found[0])
        if len(holding) * FEW_ARTICLES <= int(self._tuples("SELECT COUNT(*) FROM articles")[0][0]):
            parts = [self._int_lists(f"FROM passages p WHERE p.article_id IN ({', '.join('?' * len(chunk))}) AND "
                                     "p.first IS NOT NULL AND p.last IS NOT NULL", chunk, columns)
                     for chunk in chunks(holding.tolist())]
            ids, articles, first, last, sentence = (np.concatenate(column) for column in zip(*parts, strict=True))
        else:
            joined = f"JOIN articles a ON a.id = p.article_id WHERE {where} AND " if articles_only else "WHERE "
            ids, articles, first, last, sentence = self._int_lists(
                f"FROM passages p {joined}p.first IS NOT NULL AND p.last IS NOT NULL", params, columns)
        keys = np.unique(found[0] * _SPAN + found[1])
        reach = sentence * CONTEXT_SENTENCES
        low = articles * _SPAN + np.maximum(first - reach, 0)
        high = articles * _SPAN + last + reach
        inside = np.searchsorted(keys, high, side="right") > np.searchsorted(keys, low, side="left")
        return np.sort(ids[inside])

    def few_pass(self, filters: Filters, share: float) -> bool:
        """Whether fewer than `share` of the units can pass the filters, from counts that stop early (a few thousand
        index entries read at most): with a company, stance or theme, the mentions that pass, each letting through
        MENTION_REACH units at most, against the units; with filters on articles alone, the articles that pass against
        the articles, their units taken as evenly spread. The largest ids stand for the counts of units and articles:
        as many or more, so a doubt falls on the side of "few"."""
        if _mention_filter(filters):
            most = math.ceil(share * int(self._tuples("SELECT COALESCE(MAX(id), 0) FROM passages")[0][0]) / MENTION_REACH)
            rows, params = _passing_mentions(filters)
        else:
            most = math.ceil(share * int(self._tuples("SELECT COALESCE(MAX(id), 0) FROM articles")[0][0]))
            where, params = _filter_sql(filters)
            rows = f"FROM articles a WHERE {where}"
        return int(self._tuples(f"SELECT COUNT(*) FROM (SELECT 1 {rows} LIMIT ?) counted", [*params, most])[0][0]) < most

    def passing(self, ids: Sequence[int], filters: Filters) -> np.ndarray:
        """The units among `ids` that pass the filters, ascending: allowed_passages' answer for these units alone, by
        the SQL rule (_filter_sql), for the few hundred units a search looks at."""
        found: list[int] = []
        for chunk in chunks([int(unit) for unit in ids]):
            found += [int(row[0]) for row in self._tuples(*self._passing_sql(chunk, filters))]
        return np.sort(np.asarray(found, dtype=np.int64))

    def _passing_sql(self, ids: Sequence[int], filters: Filters) -> tuple[str, list[Any]]:
        """passing's query for these units, found by their ids (on SQLite, whatever the filters: _filter_sql)."""
        where, params = _filter_sql(filters, article_first=self._ARTICLE_FIRST)
        return (f"SELECT p.id FROM passages p JOIN articles a ON a.id = p.article_id WHERE p.id IN "
                f"({', '.join('?' * len(ids))}) AND {where}", [*ids, *params])

    def _int_lists(self, rest: str, params: Sequence[Any], columns: Sequence[str]) -> list[np.ndarray]:
        """Integer columns of `SELECT ... {rest}`, each an int64 array, rows in the same order: one text per column
        that numpy parses (a Python tuple for each of 15-25 thousand rows cost 5-7 ms, this 3 ms)."""
        row = self._tuples(f"SELECT {', '.join(self._LIST.format(column) for column in columns)} {rest}", params)[0]
        return [np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, dtype=np.int64) for text in row]

    def keyword_search(self, query: str, limit: int, filters: Filters, planned: int | None = None
                       ) -> list[tuple[int, float]]:
        """(passage id, bm25 relevance, higher is better) for an FTS5 query made of the words of `query`; `planned`:
        the number of hits its words are chosen for (default `limit`), so that a search for more of them, whose hits
        are then filtered (aipulse.search._keyword_hits), ranks as the search with the filters would."""
        planned = planned or limit
        self._holding = None  # each search counts its words afresh; its keyword weight then reuses the counts
        words = query_words(query)
        words = [word for word in words if word.lower() not in STOPWORDS] or words  # "is", "the" match everything
        if not words:
            return []
        words = self._affordable(words, planned)
        # the common words left in (every word is common, or the rarer ones match fewer units than asked for) count
        # over their newest units only; the rarer words' units, however old, always count. With filters too: joined
        # with a narrow filter's (a rare company's), a common word's every unit took 1.5 s at 1.6M units
        held = self.units_holding_each(words)
        common = [word for word in words if held[word] > POSTINGS_BUDGET]
        newest = self._newest_holding(common, planned) if common else None
        rarer = [word for word in words if word not in common] if newest is not None else []
        return self._keyword_ranked(words, limit, filters, newest, rarer)

    def _newest_holding(self, words: list[str], limit: int) -> int | None:
        """The id from which the newest POSTINGS_BUDGET units (or `limit`, when more) holding any of these common
        words on. A query whose every word is common ("Anthropic wins enterprise customers" in a store of millions)
        then ranks those alone, where it would score hundreds of thousands (420 ms at 1.6M units); so does a common
        word beside rarer ones that match too few units to fill the search ("OpenAI Stargate" in a store that
        never met the second word), whose units are ranked too, however old: they are the best matches it has."""
        rows = self._tuples("SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid DESC LIMIT 1 "
                            "OFFSET ?", [_any_of(words), max(POSTINGS_BUDGET, limit) - 1])
        return int(rows[0][0]) if rows else None

    def _keyword_ranked(self, words: list[str], limit: int, filters: Filters, newest: int | None = None,
                        rarer: Sequence[str] = ()) -> list[tuple[int, float]]:
        """(unit id, relevance) of the best `limit` units holding any of the words (from unit `newest` on, when
        given, and any unit holding one of the `rarer` words): FTS5's bm25 (Postgres: ts_rank)."""
        match = _any_of(words)
        if not filters:  # FTS5 ranks on its own; joining first would touch every match's row
            # bm25() itself, not the rank column that stands for it: FTS5 sorts every match for `ORDER BY rank` and
            # took 6.2 ms where SQLite's own sort with the limit takes 4.3 (the same rows in the same order, ties by
            # rowid). With the filters' join the planner does better with rank (14 ms against 40 ms)
            since = "rowid >= ?"
            params: list[Any] = [newest or 0]
            if rarer:
                since = "(rowid >= ? OR rowid IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?))"
                params.append(_any_of(list(rarer)))
            rows = self._tuples(f"SELECT rowid, bm25(passages_fts) FROM passages_fts WHERE passages_fts MATCH ? "
                                f"AND {since} ORDER BY bm25(passages_fts), rowid LIMIT ?", [match, *params, limit])
        else:
            where, params = _filter_sql(filters, article_first=True)
            since = "passages_fts.rowid >= ?"
            params = [newest or 0, *params]
            if rarer:
                since = ("(passages_fts.rowid >= ? OR passages_fts.rowid IN (SELECT rowid FROM passages_fts WHERE "
                         "passages_fts MATCH ?))")
                params.insert(1, _any_of(list(rarer)))
            rows = self._tuples(
                "SELECT p.id, passages_fts.rank FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
                f"JOIN articles a ON a.id = p.article_id WHERE passages_fts MATCH ? AND {since} AND {where} "
                "ORDER BY passages_fts.rank LIMIT ?", [match, *params, limit])
        return [(int(row[0]), -float(row[1])) for row in rows]

    def _affordable(self, words: list[str], limit: int) -> list[str]:
        """The query's rarer words, rarest first, as long as the units they match stay within POSTINGS_BUDGET; every
        word when those match fewer than `limit` units. FTS5 scores every unit a word matches (a lookup of the
        unit's length each), so at a million units one common word ("Meta", "models") would cost more than the
        rest of the search, for a word whose weight in the ranking is near nothing."""
        held = self.units_holding_each(words)
        chosen: set[str] = set()
        spent = 0
        for word in sorted((w for w in held if held[w] <= POSTINGS_BUDGET), key=lambda w: (held[w], w)):  # ties: by name
            if spent >= limit and spent + held[word] > POSTINGS_BUDGET:
                break
            chosen.add(word)
            spent += held[word]
        return [word for word in words if word in chosen] if spent >= limit else words

    def units_holding_each(self, words: Iterable[str]) -> dict[str, int]:
        """How many units hold each word, counted up to POSTINGS_BUDGET + 1 (a count costs what it counts);
        remembered for the rest of the search (its keyword half, then its keyword weight, ask for the same words)
        while the database stays as it is, which is asked once per call (a round trip on Postgres)."""
        version = self._current()
        if self._holding is None or self._holding[0] != version:
            self._holding = (version, {})
        counts = self._holding[1]
        wanted = list(dict.fromkeys(words))
        if missing := [word for word in wanted if word not in counts]:
            counts.update(zip(missing, self._count_holding(missing, POSTINGS_BUDGET + 1), strict=True))
        return {word: counts[word] for word in wanted}

    def _count_holding(self, words: Sequence[str], cap: int) -> list[int]:
        return [int(self._tuples("SELECT COUNT(*) FROM (SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)",
                                 [_any_of([word]), cap])[0][0]) for word in words]

    def passage_details(self, ids: Sequence[int], mentions: bool = True) -> dict[int, dict[str, Any]]:
        """Each passage with its article's title, source, date, URL and story, and (`mentions`) its mentions."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = {row["id"]: row for row in self._rows(
            "SELECT p.id, p.article_id, p.kind, p.first, p.last, p.start, p.end, p.text, a.title, a.url, "
            "a.published, a.source, a.story_id FROM passages p JOIN articles a ON a.id = p.article_id "
            f"WHERE p.id IN ({marks})", list(ids))}
        if mentions:
            self.attach_mentions(list(rows.values()))
        return rows

    def article_texts(self, ids: Iterable[int]) -> dict[int, str]:
        """The text of each given article, by id."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        return {row[0]: row[1] for row in self._tuples(
            f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(wanted))})", wanted)}

    def attach_mentions(self, rows: Sequence[dict[str, Any]]) -> None:
        """Give each passage row its mentions (`mentions`, in text order) and those a filter on companies, stances or
        themes reads for it (`reached`: its own and, for a sentence, those of the CONTEXT_SENTENCES either side, each
        with its `sentence` and whether it is `in_unit`). Only the mentions within reach of the rows are read, a
        query per RANGES_A_QUERY rows, not every mention of their articles, which a long article makes hundreds."""
        places = [(row, CONTEXT_SENTENCES if row["kind"] == "sentence" else 0) for row in rows]
        ranges = sorted({(row["article_id"], row["first"] - reach, row["last"] + reach) for row, reach in places
                         if row["first"] is not None and row["last"] is not None})
        found: dict[int, dict[int, dict[str, Any]]] = {}  # article -> mention id -> mention
        for chunk in chunks(ranges, RANGES_A_QUERY):
            for mention in self._rows(
                    "SELECT id, article_id, sentence_index, start, sentence, entity, mention, label, score, theme, "
                    "first_party "
                    "FROM mentions WHERE " + " OR ".join(["(article_id = ? AND sentence_index BETWEEN ? AND ?)"] * len(chunk)),
                    [value for place in chunk for value in place]):
                found.setdefault(mention["article_id"], {})[mention["id"]] = mention
        ordered = {article: sorted(mentions.values(), key=lambda m: (m["sentence_index"], m["start"] or 0))
                   for article, mentions in found.items()}  # in text order
        for row, reach in places:
            near = [] if row["first"] is None or row["last"] is None else [
                m for m in ordered.get(row["article_id"], []) if row["first"] - reach <= m["sentence_index"] <= row["last"] + reach]
            row["mentions"] = [{key: m[key] for key in _SHOWN} for m in near
                               if row["first"] <= m["sentence_index"] <= row["last"]]
            row["reached"] = [{**{key: m[key] for key in _SHOWN}, "sentence": m["sentence"],
                               "in_unit": row["first"] <= m["sentence_index"] <= row["last"]} for m in near]


RANGES_A_QUERY = 200  # (article, sentences) ranges OR-ed in one query: SQLite's expressions nest at most 1,000 deep


_SHOWN = ("entity", "mention", "label", "score", "theme", "first_party")  # of each mention a hit lists


def _any_of(words: Sequence[str]) -> str:
    """An FTS5 query matching the units that hold any of the words (each quoted: no operators)."""
    return " OR ".join(f'"{word}"' for word in words)


T = TypeVar("T")


def chunks(values: Sequence[T], size: int = 500) -> list[list[T]]:
    """The values in lists of `size` at most: one `IN (?, ...)` query each, well under SQLite's limit on parameters."""
    return [list(values[begin:begin + size]) for begin in range(0, len(values), size)]


def _stacked(rows: Sequence[Sequence[Any]]) -> np.ndarray:
    """The float32 vectors stored in the second column of (id, vector) rows, one row each."""
    return np.frombuffer(b"".join(row[1] for row in rows), dtype=np.float32).reshape(len(rows), -1)


# a mention's place as one int64 key, article * _SPAN + sentence: no article holds 16 million sentences, and article
# ids stay below 2^39
_SPAN = 1 << 24


def _mention_filter(filters: Filters) -> bool:
    return filters.entity is not None or filters.stance is not None or filters.theme is not None


def _mention_sql(filters: Filters, plain: str = "") -> tuple[str, list[Any]]:
    """The mentions that pass the filters: a WHERE clause over mentions m; `plain` follows each column (`|| ''`: no
    index on it, see _filter_sql)."""
    clauses = [(f"m.{column}{plain} = ?", value) for column, value in
               (("entity", filters.entity), ("label", filters.stance), ("theme", filters.theme)) if value is not None]
    return " AND ".join(clause for clause, _ in clauses) or "1 = 1", [value for _, value in clauses]


def _articles_only(filters: Filters) -> Filters:
    """The filters on the articles themselves (dates, source), without those on their mentions."""
    return Filters(since=filters.since, until=filters.until, source=filters.source, copies=filters.copies)


def _passing_mentions(filters: Filters) -> tuple[str, list[Any]]:
    """`FROM ... WHERE ...` of the mentions m that pass the filters and have a sentence (a place a unit can hold),
    and its parameters: what allowed_passages matches to the units and few_pass counts. Their articles are joined
    only for a date or a source: a lookup of each row's article cost allowed_passages a third of its time."""
    articles_only = _articles_only(filters)
    where, params = _filter_sql(articles_only)
    clauses, values = _mention_sql(filters)
    joined = f"JOIN articles a ON a.id = m.article_id WHERE {where} AND " if articles_only else "WHERE "
    return f"FROM mentions m {joined}{clauses} AND m.sentence_index IS NOT NULL", [*params, *values]


def _filter_sql(filters: Filters, article_first: bool = False) -> tuple[str, list[Any]]:
    """A WHERE clause over passages p joined with articles a; `article_first`: keep SQLite on the index of the
    mentions' article (below)."""
    where: list[str] = []
    params: list[Any] = []
    # and with `article_first`, off the indexes on the articles' dates and sources too, which would have it read every
    # unit of every article that passes for the few hundred units asked about (a source of seven at 1.6M units)
    plain = " || ''" if article_first else ""
    for clause, value in ((f"a.published{plain} >= ?", filters.since), (f"a.published{plain} < ?", filters.until)):
        if value is not None:
            where.append(clause)
            params.append(value)
    if filters.source is not None:
        # with `copies`, the first copies of the stories the source carries as copies too (their ids from the index of
        # copies by source, migration 0013; Postgres 0009)
        carried = (f" OR {'+' if plain else ''}a.story_id IN (SELECT c.story_id FROM articles c WHERE c.source = ? AND "
                   "c.duplicate_of IS NOT NULL)") if filters.copies else ""
        where.append(f"(a.source{plain} = ?{carried})")
        params += [filters.source] * (2 if filters.copies else 1)
    if _mention_filter(filters):
        # a sentence unit passes with a mention in the sentences shown around it: "the company" names no one. With
        # `article_first`, `|| ''` keeps SQLite off the indexes on company, stance and theme: given a stance, it chose
        # the one on company and label, and read every such mention for each unit (7.6 s at 16,000 units)
        reach = f"(CASE WHEN p.kind = 'sentence' THEN {CONTEXT_SENTENCES} ELSE 0 END)"
        clauses, values = _mention_sql(filters, plain)
        where.append(f"EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = p.article_id AND m.sentence_index "
                     f"BETWEEN p.first - {reach} AND p.last + {reach} AND {clauses})")
        params.extend(values)
    return " AND ".join(where) or "1 = 1", params
