"""Which language a text is written in: py3langid's detector, read once per process."""

from __future__ import annotations

import functools
from typing import Any


@functools.lru_cache(maxsize=1)
def language_detector() -> Any:
    """py3langid's detector with probabilities, read once (0.9 s: ingest's model warmer reads it beside the crawl)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the language of `text`, read from its first 2,000 characters."""
    language, probability = language_detector().classify(text[:2000])
    return str(language), float(probability)
