from __future__ import annotations

from pipeline import syndication

BODY = " ".join(
    f"Sentence {i} explains how Meta plans to ship Llama updates while OpenAI and Anthropic chase enterprise deals."
    for i in range(40)
)
OTHER = " ".join(
    f"Paragraph {i} covers Amazon's custom chips and the Bedrock platform that AWS sells to banks and insurers."
    for i in range(40)
)


def test_copy_with_added_intro_and_credit_lines_is_a_copy() -> None:
    copy = "This story was first published by Frontier Ledger. " + BODY + " Please credit us when republishing."
    a, b = syndication.shingles(BODY), syndication.shingles(copy)
    assert syndication.is_copy(a, b)
    shared = set(syndication.band_keys(a)) & set(syndication.band_keys(b))
    assert len(shared) >= 15  # of 20 bands: the candidate lookup finds it


def test_truncated_copy_is_still_a_copy() -> None:
    half = BODY[: len(BODY) // 2]
    assert syndication.is_copy(syndication.shingles(BODY), syndication.shingles(half))


def test_different_story_is_not_a_copy() -> None:
    a, b = syndication.shingles(BODY), syndication.shingles(OTHER)
    assert syndication.containment(a, b) < 0.1
    assert not syndication.is_copy(a, b)


def test_short_texts_are_never_linked() -> None:
    short = syndication.shingles("Meta ships Llama.")
    assert syndication.band_keys(short) == []
    assert not syndication.is_copy(short, short)


def test_band_keys_are_stable_across_runs() -> None:
    assert syndication.band_keys(syndication.shingles(BODY))[:2] == syndication.band_keys(syndication.shingles(BODY))[:2]
    assert len(syndication.band_keys(syndication.shingles(BODY))) == syndication.BANDS


def test_first_copy_prefers_the_named_original_then_the_earliest() -> None:
    original = {"id": 9, "url": "https://a/1", "published": "2026-08-04T09:30:00+00:00", "original_url": None}
    early_copy = {"id": 3, "url": "https://b/1", "published": "2026-08-04T08:00:00+00:00", "original_url": "https://a/1"}
    assert syndication.first_copy([early_copy, original])["id"] == 9
    plain = [
        {"id": 1, "url": "https://c/1", "published": "2026-08-05", "original_url": None},
        {"id": 2, "url": "https://d/1", "published": "2026-08-04T23:00:00-04:00", "original_url": None},
        {"id": 4, "url": "https://e/1", "published": None, "original_url": None},
    ]
    assert syndication.first_copy(plain)["id"] == 1  # 2026-08-05T00:00Z is before 2026-08-05T03:00Z
