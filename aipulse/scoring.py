"""Wiring for stance: the model is loaded once per process, and only when there is work for it."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from pipeline.config import Config, Entity
from pipeline.entities import MentionFinder
from pipeline.process import score_pending, stance_version
from pipeline.store import Store

log = logging.getLogger(__name__)


def artefact_version() -> str:
    """The stance model's version, read without importing torch."""
    from index.minilm import STANCE_ARTEFACT_DIR

    return str(json.loads((STANCE_ARTEFACT_DIR / "stance.json").read_text())["version"])


@lru_cache(maxsize=2)
def stance_model(base_name: str, precision: str = "auto") -> Any:
    """The stance model over `base_name` when that holds the weights it was trained on (the packaged MiniLM, or a copy
    of it elsewhere), else over the packaged MiniLM: search may be configured with another model, stance may not."""
    from index.minilm import DEFAULT_MODEL, STANCE_ARTEFACT_DIR, cached_digest, model_path
    from index.stance_model import StanceModel

    trained_on = json.loads((STANCE_ARTEFACT_DIR / "stance.json").read_text())["base_model_sha256"]
    if base_name != DEFAULT_MODEL and cached_digest(model_path(base_name)) != trained_on:
        base_name = DEFAULT_MODEL
    return StanceModel(base_name, precision=precision)


def finder_for(entities: tuple[Entity, ...]) -> MentionFinder:
    return MentionFinder(entities)


def score_stored(config: Config, store: Store, should_stop: Callable[[], bool] = lambda: False,
                 elsewhere: Counter[str] | None = None) -> int:
    """Score every article that the current model and entity table have not scored (or until `should_stop`
    says so between batches); returns how many. `elsewhere` counts, by language, those left without mentions for
    being written in none of stance.languages."""
    finder = finder_for(config.entities)
    themes, languages = bool(config["themes.enabled"]), tuple(config["stance.languages"])
    if not store.articles_to_score(stance_version(artefact_version(), finder, themes, languages), 1):
        store.flag_first_party(config.owners)  # the owners may have changed in the config
        return 0
    elsewhere = Counter() if elsewhere is None else elsewhere
    done = score_pending(store, finder, stance_model(config["model.name"], config["model.precision"]),
                         should_stop=should_stop, themes=themes, languages=languages, elsewhere=elsewhere)
    store.flag_first_party(config.owners)
    if elsewhere:
        log.warning("%d articles written in %s, not in stance.languages (%s): stored and searchable, mentions not "
                    "scored", sum(elsewhere.values()), ", ".join(f"{code} ({n})" for code, n in elsewhere.most_common()),
                    ", ".join(languages))
    return done


def locate(text: str, entity: str, finder: MentionFinder, mention: str | None = None) -> tuple[int, int] | None:
    """Where the target is in `text`: the given mention, a configured company's alias, or the string itself."""
    if mention:
        found = text.find(mention)
        return (found, found + len(mention)) if found >= 0 else None
    for name, _, start, end in finder.spans(text):
        if name == entity:
            return start, end
    found = text.lower().find(entity.lower())
    return (found, found + len(entity)) if found >= 0 else None
