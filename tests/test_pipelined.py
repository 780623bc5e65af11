"""The GPU encoding path's batching, bucketing and ordering, run on the CPU (same code, fp32)."""

from __future__ import annotations

import numpy as np
import pytest

from index.batching import PAD_MULTIPLE, plan_batches
from index.encoder import TorchEncoder
from index.minilm import model_path
from index.pipelined import PipelinedEncoder


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_batches_cover_every_text_once_by_length_within_the_budget(seed: int) -> None:
    rng = np.random.default_rng(seed)
    lengths = rng.integers(3, 257, size=1000).tolist()
    batches = plan_batches(lengths, token_budget=4096, max_rows=64)
    rows = np.concatenate([b.rows for b in batches])
    assert sorted(rows.tolist()) == list(range(1000))
    ordered = [lengths[i] for i in rows]
    assert ordered == sorted(lengths)  # bucketed: each batch holds neighbours in length
    for batch in batches:
        longest = max(lengths[i] for i in batch.rows)
        assert batch.width % PAD_MULTIPLE == 0 and longest <= batch.width < longest + PAD_MULTIPLE
        assert len(batch.rows) <= 64
        assert len(batch.rows) == 1 or len(batch.rows) * batch.width <= 4096
    padding = sum(len(b.rows) * b.width for b in batches) / sum(lengths)
    assert padding < 1.1  # little is padded


def test_one_text_longer_than_the_budget_is_a_batch_of_its_own() -> None:
    batches = plan_batches([500, 4, 5], token_budget=64, max_rows=16)
    assert [b.rows.tolist() for b in batches] == [[1, 2], [0]]


@pytest.fixture(scope="module")
def plain() -> TorchEncoder:
    return TorchEncoder(model_path(), "test", "cpu", precision="fp32")


def texts() -> list[str]:
    long = " ".join(["Meta's open-weight Llama models keep gaining developers while rivals raise prices."] * 40)
    return ["", "Anthropic ships Claude.", long, "OpenAI's GPT-5 update wins over developers in a week of tests.",
            "Google DeepMind releases Gemini 3.", "Microsoft folds Copilot into every Office plan.", "Short.",
            *[f"Item {i}: Amazon adds Bedrock models in region {i}." for i in range(25)], long[:700]]


def test_pipelined_encoder_gives_the_plain_vectors_in_input_order(plain: TorchEncoder) -> None:
    sample = texts()
    expected = plain.encode(sample)
    fast = PipelinedEncoder(plain.model, plain.tokenizer, plain.max_tokens, plain.pooling, plain.normalize,
                            token_budget=256, max_rows=5, chunk_texts=7)  # many chunks and batches
    got = fast.encode(sample)
    assert got.shape == expected.shape and got.dtype == np.float32
    cosine = (got * expected).sum(1)
    assert cosine.min() > 0.9999
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_pipelined_tokens_match_the_tokenizer_with_truncation(plain: TorchEncoder) -> None:
    sample = texts()
    fast = PipelinedEncoder(plain.model, plain.tokenizer, plain.max_tokens)
    reference = plain.tokenizer(sample, truncation=True, max_length=plain.max_tokens)["input_ids"]
    assert fast.tokenize(sample) == reference
    assert max(len(ids) for ids in reference) == plain.max_tokens
    assert plain.tokenizer("x", padding="max_length", max_length=8)["input_ids"][-1] == fast.pad_id  # shared tokenizer untouched


def test_worker_processes_tokenise_exactly_like_the_tokenizer(plain: TorchEncoder) -> None:
    sample = texts()
    expected = plain.encode(sample)
    fast = PipelinedEncoder(plain.model, plain.tokenizer, plain.max_tokens, plain.pooling, plain.normalize,
                            token_budget=512, chunk_texts=11, tokenizer_file=model_path() / "tokenizer.json",
                            tokenize_workers=2)
    try:
        packed = fast.workers.packed(sample)  # type: ignore[union-attr]
        reference = plain.tokenizer(sample, truncation=True, max_length=plain.max_tokens)["input_ids"]
        assert packed.lengths.tolist() == [len(ids) for ids in reference]
        assert packed.tokens.tolist() == [token for ids in reference for token in ids]
        assert (fast.encode(sample) * expected).sum(1).min() > 0.9999
    finally:
        fast.workers.close()  # type: ignore[union-attr]


TRICKY = [
    "Meta's Llama-4 (70B) beats GPT-4o on MMLU: 86.1% vs 85.7%!", "  leading and trailing  ", "tabs\tand\nnew\r\nlines",
    "non\u00a0breaking\u2009thin\u3000ideographic\u2028line\u2029para", "control\x00chars\x1c\x1fjoin\x0bhere\x85too",
    "Zürich café naïve Ångström — “quotes” ‘single’ …", "combining e\u0301 and \u0301leading mark", "中文字符和English混合",
    "emoji 🚀🤖 and ZWJ 👩‍💻", "https://example.com/a/very/long/path?with=query&and=more#fragment",
    "x" * 150 + " supercalifragilisticexpialidocious", "", " ", "UPPER lower MiXeD", "A.I. U.S. e.g. i.e.",
]


def test_tokenising_by_cached_pieces_is_exactly_the_tokenizer(plain: TorchEncoder) -> None:
    from tokenizers import Tokenizer

    from index.tokenize_worker import Tokens

    backend = Tokenizer.from_file(str(model_path() / "tokenizer.json"))
    backend.no_padding()
    backend.no_truncation()
    tokens = Tokens(backend, plain.max_tokens)
    assert tokens.by_piece
    sample = TRICKY + texts() + [line for line in (model_path() / "README.md").read_text().splitlines() if line]
    reference = plain.tokenizer(sample, truncation=True, max_length=plain.max_tokens)["input_ids"]
    assert tokens(sample) == reference
    assert tokens(sample) == reference  # from the cache the second time
