"""MPNet on the numpy and int8 encoders: the same vectors as the library's MPNet, relative-position bias included.

A small MPNet with random weights stands in for all-mpnet-base-v2 (hundreds of megabytes from five packages); its
relative-position bias and its layers' weights are made large, so an encoder that ignored the bias would fail.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch

from index.arch import load, mapped_tensors, relative_buckets, supported
from index.cpu import native_int8
from index.encoder import embedding_precision
from index.int8cpu import Int8Encoder
from index.minilm import model_path
from index.npbert import NumpyEncoder

TEXTS = ["Meta's open models lag behind closed rivals, analysts say.", "Llama", "",
         " ".join(["Amazon Web Services grew faster than Azure this quarter, while Google Cloud slowed."] * 12)]


@pytest.fixture(scope="module")
def mpnet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from transformers import MPNetConfig, MPNetModel

    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("mpnet")
    config = MPNetConfig(vocab_size=30522, hidden_size=64, num_hidden_layers=2, num_attention_heads=4,
                         intermediate_size=128, max_position_embeddings=514, relative_attention_num_buckets=32)
    model = MPNetModel(config, add_pooling_layer=False).eval()
    with torch.no_grad():  # attention that moves the states, so where it looks (the bias) shows in the vectors
        for name, weight in model.named_parameters():
            if name.endswith("weight") and weight.dim() == 2 and "embeddings" not in name:
                weight.normal_(0.0, 0.15)
        model.encoder.relative_attention_bias.weight.normal_(0.0, 2.0)
    model.save_pretrained(folder, safe_serialization=True)
    shutil.copy(model_path() / "tokenizer.json", folder / "tokenizer.json")  # any tokenizer whose ids fit the vocabulary
    (folder / "1_Pooling").mkdir()
    (folder / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode_mean_tokens": True}))
    (folder / "modules.json").write_text(json.dumps([{"type": "sentence_transformers.models.Normalize"}]))
    return folder


def library_vectors(folder: Path, texts: list[str]) -> np.ndarray:
    from transformers import AutoTokenizer, MPNetModel

    model = MPNetModel.from_pretrained(folder, add_pooling_layer=False).eval()
    tokenizer = AutoTokenizer.from_pretrained(model_path())
    batch = tokenizer(texts, padding=True, truncation=True, max_length=512, return_tensors="pt")
    batch.pop("token_type_ids", None)
    with torch.no_grad():
        states = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, dim=-1).numpy()


def test_relative_buckets_match_the_library_for_every_distance_a_text_can_have() -> None:
    from transformers.models.mpnet.modeling_mpnet import MPNetEncoder

    distances = np.arange(-600, 601)
    expected = MPNetEncoder.relative_position_bucket(torch.from_numpy(distances)).numpy()
    assert np.array_equal(relative_buckets(distances), expected)


def test_mpnet_vectors_match_the_library_model_on_numpy_and_within_int8_tolerance(
        mpnet: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # the int8 calibration of a throwaway model
    assert supported(mpnet) and load(mpnet).relative is not None
    expected = library_vectors(mpnet, TEXTS)
    numpy_vectors = NumpyEncoder(mpnet).encode(TEXTS)
    assert (numpy_vectors * expected).sum(1).min() > 0.99999
    int8_vectors = Int8Encoder(mpnet).encode(TEXTS)
    assert (int8_vectors * expected).sum(1).min() > 0.99
    # the bias matters: without it the vectors move well away from the library's
    network = load(mpnet)
    network.relative = None
    unbiased = NumpyEncoder(mpnet)
    unbiased.network = network
    assert (unbiased.encode(TEXTS[:1]) * expected[:1]).sum() < 0.999


def test_an_mpnet_model_embeds_in_int8_only_when_asked(mpnet: Path) -> None:
    # int8 costs MPNet a little quality on our benchmark (docs/search.md), the packaged BERT model nothing measurable
    assert embedding_precision("auto", mpnet) in ("bf16", "fp32")
    assert embedding_precision("int8", mpnet) == "int8"
    assert embedding_precision("auto", model_path()) == ("int8" if native_int8() else embedding_precision("bf16", model_path()))


def test_mapped_weights_equal_the_loaded_ones_and_a_dtype_numpy_lacks_is_named(tmp_path: Path) -> None:
    from safetensors.numpy import load_file
    from safetensors.torch import save_file

    weights = model_path() / "model.safetensors"
    mapped, loaded = mapped_tensors(weights), load_file(str(weights))
    assert set(mapped) == set(loaded)
    assert all(np.array_equal(mapped[k], loaded[k]) and mapped[k].dtype == loaded[k].dtype for k in loaded)
    assert not mapped["embeddings.word_embeddings.weight"].flags.writeable  # the file itself, read-only
    half = torch.randn(3, 5).to(torch.bfloat16)
    save_file({"half": half, "ids": torch.arange(4)}, str(tmp_path / "mixed.safetensors"))
    read = mapped_tensors(tmp_path / "mixed.safetensors")
    assert np.array_equal(read["half"], half.float().numpy()) and read["ids"].tolist() == [0, 1, 2, 3]
    save_file({"odd": torch.zeros(2, dtype=torch.float8_e4m3fn)}, str(tmp_path / "odd.safetensors"))
    with pytest.raises(ValueError, match="odd has dtype F8_E4M3"):
        mapped_tensors(tmp_path / "odd.safetensors")
