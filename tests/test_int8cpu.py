"""The int8 CPU encoder: faithful to fp32 on hard texts, in input order, deterministic, chosen automatically."""

from __future__ import annotations

import numpy as np
import pytest

from index.cpu import native_int8
from index.encoder import TorchEncoder, embedding_precision
from index.int8cpu import Int8Encoder
from index.minilm import model_path

TEXTS = [
    "Meta's AI catch-up: can Llama close the gap with GPT-5 and Gemini?",
    "Unlike Microsoft, which integrates Copilot seamlessly into Office, Meta's offerings are more fragmented.",
    "OK.",
    "",
    "Anthropic's Claude\u00a0Opus 4 — tested on 1,200 tasks — beat its rivals in 71% of them; "
    "analysts at Morgan Stanley were unconvinced. 東京のAI企業も注目している。 🚀",
    " ".join(["Amazon Bedrock adds agents, guardrails and evaluation tools for enterprise customers."] * 30),
    "Zuckerberg said capex would reach $72 billion, and investors sold the stock.",
] * 3


@pytest.fixture(scope="module")
def int8() -> Int8Encoder:
    return Int8Encoder(model_path())


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return TorchEncoder(model_path(), "test", "cpu", precision="fp32").encode(TEXTS)


def test_int8_vectors_stay_within_cosine_099_of_fp32_in_input_order(int8: Int8Encoder, reference: np.ndarray) -> None:
    vectors = int8.encode(TEXTS)
    assert vectors.shape == reference.shape and vectors.dtype == np.float32
    cosine = (vectors * reference).sum(1)
    assert cosine.min() >= 0.99, cosine
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # each vector is nearest its own fp32 vector: no row ended up in another's place
    assert (np.argmax(vectors @ reference.T, axis=1) % 7 == np.arange(len(TEXTS)) % 7).all()


def test_int8_vectors_do_not_depend_on_batch_or_thread_split(int8: Int8Encoder) -> None:
    together = int8.encode(TEXTS)
    alone = np.stack([int8.encode([text])[0] for text in TEXTS[:7]])
    assert np.abs(together[:7] - alone).max() < 1e-5
    assert int8.encode([]).shape == (0, together.shape[1])


def test_precision_is_chosen_for_the_cpu_and_int8_refuses_a_model_it_cannot_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert embedding_precision("auto", model_path()) == ("int8" if native_int8() else embedding_precision("bf16", model_path()))
    assert embedding_precision("fp32", model_path()) == "fp32"
    (tmp_path / "config.json").write_text('{"model_type": "t5"}')
    with pytest.raises(ValueError, match="not a BERT or MPNet model"):
        embedding_precision("int8", tmp_path)
    assert embedding_precision("auto", tmp_path) in ("bf16", "fp32")


def test_calibration_peaks_are_remembered_and_a_damaged_cache_is_calibrated_again(
        int8: Int8Encoder, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = Int8Encoder(model_path())  # calibrates, and writes the peaks
    files = list((tmp_path / "aipulse" / "int8").glob("*.safetensors"))
    assert len(files) == 1 and files[0].stat().st_size > 0
    expected = int8.encode(TEXTS)
    assert np.array_equal(first.encode(TEXTS), expected)
    import index.int8cpu

    def no_float_pass(*args: object, **kwargs: object) -> None:
        raise AssertionError("calibrated again although the peaks were remembered")

    with monkeypatch.context() as patched:
        patched.setattr(index.int8cpu.FloatLinear, "__call__", no_float_pass)
        remembered = Int8Encoder(model_path())  # reads them: the same quantised layers, no float pass
    assert np.array_equal(remembered.layers[0].qkv.weight, first.layers[0].qkv.weight)
    assert np.array_equal(remembered.encode(TEXTS), expected)
    files[0].write_bytes(b"not a safetensors file")
    repaired = Int8Encoder(model_path())
    assert np.array_equal(repaired.encode(TEXTS), expected)
    assert files[0].read_bytes() != b"not a safetensors file"  # written again
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # the cache cannot be written: calibrated, and no error
    assert np.array_equal(Int8Encoder(model_path()).encode(TEXTS), expected)
