"""Wiring for search: embed stored articles' passages, keep the FAISS index in step with the database.

The database is the truth: every passage's vector is stored with it. The index file is derived; when
it is missing, corrupt or out of step (a crash between the two writes), it is rebuilt from the stored
vectors without running the model again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.config import Config
from pipeline.overlapped import overlapped
from pipeline.passages import Passage, passages, unit_vectors
from pipeline.sentences import Sentence, split_sentences
from pipeline.store import Store

if TYPE_CHECKING:
    from index.vectors import VectorIndex

log = logging.getLogger(__name__)

PASSAGE_SCHEME = "p4"  # bump when pipeline/passages.py cuts passages or derives their vectors differently
# (p2: every sentence a unit; p3: a passage's vector is the weighted mean of its sentences')
ARTICLES_PER_BATCH = 32
# a batch embedded: each article's id, sentences and units; the sentences' vectors (n, d); their token bits
_Embedded = tuple[list[tuple[int, list[Sentence], list[Passage]]], Any, list[bytes]]


def index_path(config: Config) -> Path:
    return config.data_dir / "vectors.faiss"


def embed_version(config: Config) -> str:
    """What an article records as having embedded it: encoder and passage scheme (every sentence is a unit, so
    the entity table no longer decides what is embedded)."""
    from index.encoder import model_version

    return f"{model_version(config['model.name'])}+{PASSAGE_SCHEME}"


def embed_stored(config: Config, store: Store, should_stop: Callable[[], bool] = lambda: False) -> int:
    """Embed every article not yet embedded by this encoder (or until `should_stop` says so between batches);
    update and save the index. Returns how many."""
    version = embed_version(config)
    if not store.articles_to_embed(version, 1):
        sync_index(config, store)
        return 0
    import numpy as np

    from index.encoder import batch_encoder, encode, model_version

    # stored with every vector: model, weights digest and precision (fp16 on a GPU, int8, bf16 or fp32 on the CPU)
    precision = batch_encoder(config["model.name"], config["model.device"], config["model.precision"]).precision
    encoder = f"{model_version(config['model.name'])}/{precision}"
    # a search never mixes two models' vectors, nor can one index hold two widths: another model's go first, and
    # their articles are embedded again below (a search meanwhile finds what this model has embedded so far)
    if dropped := store.drop_vectors_except(model_version(config["model.name"])):
        log.warning("the configured model changed: %d vectors of another model dropped, embedding again", dropped)
    index = sync_index(config, store)

    def compute(rows: list[dict[str, Any]]) -> _Embedded:
        split = [(row["id"], sentences := split_sentences(row["text"]), passages(row["text"], sentences))
                 for row in rows]
        texts = [sentence.text for _, sentences, _ in split for sentence in sentences]  # only sentences meet the model
        tokens: list[bytes] = [b""] * len(texts)  # each sentence's token bits, for late interaction
        vectors = (encode(texts, config["model.name"], config["model.device"], config["model.batch_size"],
                          config["model.precision"], tokens) if texts
                   else np.zeros((0, 0), np.float32))
        return split, vectors, tokens

    def write(rows: list[dict[str, Any]], computed: _Embedded) -> None:
        split, vectors, tokens = computed
        position = 0
        for article_id, sentences, parts in split:
            chunk = unit_vectors(parts, sentences, vectors[position:position + len(sentences)])
            removed, added = store.replace_passages(article_id, [
                {"kind": p.kind, "first": p.first, "last": p.last, "start": p.start, "end": p.end, "text": p.text,
                 "vector": vector.astype(np.float32).tobytes(), "encoder": encoder,
                 "tokens": (tokens[position + p.first] or None) if p.kind == "sentence" else None}
                for p, vector in zip(parts, chunk, strict=True)
            ], version)
            position += len(sentences)
            index.remove(removed)
            index.add(np.asarray(added, dtype=np.int64), chunk)

    done = overlapped(lambda after: store.articles_to_embed(version, ARTICLES_PER_BATCH, after), compute, write,
                      should_stop)
    if index.needs_rebuild():  # crossed the exact/approximate threshold, or outgrew its training
        rebuild_index(config, store)
    else:
        index.save(index_path(config))
    return done


def in_sync(config: Config, store: Store) -> bool:
    """Whether the saved index holds exactly the database's vectors (checked by count and id sum); on Postgres the
    database is the index."""
    from index.vectors import IndexFileError, VectorIndex

    if store.backend == "postgres":
        return True
    try:
        index = VectorIndex.load(index_path(config))
    except IndexFileError:
        return store.vector_ids()[0] == 0 and not index_path(config).exists()
    return (index.count, index.id_sum) == store.vector_ids()


_loaded: dict[Path, tuple[tuple[int, int], VectorIndex]] = {}  # a warm process reads the file once


def sync_index(config: Config, store: Store, for_search: bool = False) -> VectorIndex:
    """The saved index if it matches the database, else one rebuilt from the stored vectors (and saved).
    `for_search`: the index is only searched, so it may be memory-mapped (VectorIndex.load)."""
    from index.vectors import IndexFileError, VectorIndex

    if store.backend == "postgres":
        return _pg_index(config, store)
    path = index_path(config)
    stored = store.vector_ids()
    try:
        stat = path.stat()
        key = (stat.st_mtime_ns, stat.st_size)
        cached = _loaded.get(path)
        if (cached and cached[0] == key and (cached[1].count, cached[1].id_sum) == stored
                and (for_search or not cached[1].mapped)):
            return cached[1]
        index = VectorIndex.load(path, mapped=for_search)
        if (index.count, index.id_sum) == stored:
            _loaded[path] = (key, index)
            return index
        problem = f"{path} holds {index.count} vectors, the database {stored[0]}"
    except (IndexFileError, FileNotFoundError) as exc:
        problem = str(exc)
    count = stored[0]
    if count or path.exists():
        log.warning("rebuilding the search index from the database: %s", problem)
    return rebuild_index(config, store)


def rebuild_index(config: Config, store: Store) -> VectorIndex:
    from index.vectors import VectorIndex

    if store.backend == "postgres":
        return _pg_index(config, store).rebuild()  # type: ignore[attr-defined]  # PgVectorIndex
    count = store.vector_ids()[0]
    dim = next((vectors.shape[1] for _, vectors in store.iter_vectors(batch=1)), 384)
    index = VectorIndex.build(store.iter_vectors, dim, _encoder_label(config, store), count)
    index.save(index_path(config))
    return index


def _encoder_label(config: Config, store: Store) -> str:
    """The models whose vectors the store holds: vectors of one model at two precisions (int8, bf16, fp32, fp16)
    agree closely (bench/embed_cpu.py) and mix safely; two models do not, and a search refuses an index labelled
    with more than one."""
    from index.encoder import model_version

    models = sorted({encoder.split("/")[0] for encoder in store.encoders_in_use()})
    return " + ".join(models) if models else model_version(config["model.name"])


def _pg_index(config: Config, store: Store) -> VectorIndex:
    """The database's own vector index (pgvector), behind the FAISS index's verbs."""
    from index.pgvectors import PgVectorIndex
    from pipeline.store_pg import PgStore

    assert isinstance(store, PgStore)
    return PgVectorIndex(store, _encoder_label(config, store))  # type: ignore[return-value]  # same verbs
