"""The CPU encoder in int8: several times sentence-transformers' `encode` on two cores, every vector close to
fp32's (bench/embed_cpu.py measures both; its figures are in bench/results/embed_cpu.json and docs/performance.md).

What makes it fast, and what keeps it faithful:

- **int8 products, int32 sums.** Every linear layer runs as `torch._int_mm` (VNNI: several times fp32's
  arithmetic here). Weights are int8 with one scale per output channel; activations are quantised
  per token on the fly, so one token's large values do not coarsen its neighbours' (PyTorch's own
  dynamic quantisation scales a whole batch at once, and loses far more: bench/embed_cpu.py).
- **Smoothing** (SmoothQuant, alpha 0.5) of the inputs that come out of a LayerNorm, where a few
  channels run far larger than the rest: those channels are divided down and the weights multiplied
  up by the same factor, so the product is unchanged and both sides quantise well. The factors come
  from a float pass over `calibration.txt` when the encoder loads.
- **Small batches, one worker a core.** Texts sorted by length, cut into batches of about 512 tokens,
  so every intermediate stays in the CPU's cache, and run by one single-threaded worker per core;
  query, key and value are one product.
- **The shortest texts** (at most 8 tokens) with float activations over the same int8 weights.
- **Calibrated once.** The channel peaks of the float pass are remembered on disk (`calibrated`), keyed by the
  weights' digest and the calibration text, so a later process loads in a second less.

Supports BERT and MPNet sentence-transformers folders (index/arch.py).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import math
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import numpy as np
import torch
import torch.nn.functional as F

from index.arch import load
from index.batching import Batch, fill_ids, pack, plan_batches
from index.late import batch_token_bits
from index.minilm import cache_folder, cached_digest, folder_settings
from index.pooling import pool

CALIBRATION = Path(__file__).with_name("calibration.txt")
TOKEN_BUDGET = 512  # tokens per batch: small enough that a layer's intermediates stay in cache
SHORT_TOKENS = 8  # texts of at most this many tokens, special ones included, run with float activations
T = TypeVar("T")
ALPHA = 0.5  # SmoothQuant's split of the quantisation difficulty between activations and weights


class FloatLinear:
    """The layer as stored, for the calibration pass; remembers each input channel's largest value."""

    def __init__(self, weight: torch.Tensor, bias: torch.Tensor, track: bool) -> None:
        self.weight, self.bias = weight, bias
        self.peak = torch.zeros(weight.shape[1]) if track else None

    def __call__(self, x: torch.Tensor, exact: bool = False) -> torch.Tensor:
        if self.peak is not None:
            torch.maximum(self.peak, x.abs().amax(0), out=self.peak)
        return F.linear(x, self.weight, self.bias)

    def quantised(self) -> QuantLinear:
        smooth = None
        if self.peak is not None:
            reach = self.weight.abs().amax(0).clamp(min=1e-5)
            smooth = (self.peak.clamp(min=1e-5) ** ALPHA / reach ** (1 - ALPHA)).clamp(min=1e-5)
        return QuantLinear(self.weight, self.bias, smooth)


class QuantLinear:
    """x W^T + b with W in int8 per output channel and x in int8 per token, summed in int32."""

    def __init__(self, weight: torch.Tensor, bias: torch.Tensor, smooth: torch.Tensor | None) -> None:
        if smooth is not None:
            weight = weight * smooth
        self.inverse = None if smooth is None else (1.0 / smooth)
        self.scale = weight.abs().amax(1).clamp(min=1e-8) / 127
        self.weight = (weight / self.scale[:, None]).round().clamp(-127, 127).to(torch.int8).t().contiguous()
        self.bias = bias.float()

    def __call__(self, x: torch.Tensor, exact: bool = False) -> torch.Tensor:
        if self.inverse is not None:
            x = x * self.inverse
        if exact:  # int8 weights, float activations and products
            return torch.addmm(self.bias, x, self.weight.float() * self.scale)
        row = torch.maximum(x.amax(1, keepdim=True), x.amin(1, keepdim=True).neg_()).clamp_(min=1e-8) / 127
        quantised = (x / row).round_().to(torch.int8)
        return torch._int_mm(quantised, self.weight).float().mul_(self.scale).mul_(row).add_(self.bias)


class Layer:
    def __init__(self, w: dict[str, torch.Tensor], prefix: str, heads: int) -> None:
        width = w[prefix + "attention.output.dense.weight"].shape[0]

        def get(name: str) -> torch.Tensor:
            return w[prefix + name]

        parts = ("query", "key", "value")
        scale = torch.ones(3 * width)  # the attention's 1/sqrt(head size), folded into the query's weights
        scale[:width] = 1 / math.sqrt(width // heads)
        self.qkv: FloatLinear | QuantLinear = FloatLinear(
            torch.cat([get(f"attention.self.{p}.weight") for p in parts]) * scale[:, None],
            torch.cat([get(f"attention.self.{p}.bias") for p in parts]) * scale, track=True)
        self.out: FloatLinear | QuantLinear = FloatLinear(get("attention.output.dense.weight"),
                                                          get("attention.output.dense.bias"), track=False)
        self.up: FloatLinear | QuantLinear = FloatLinear(get("intermediate.dense.weight"), get("intermediate.dense.bias"),
                                                         track=True)
        self.down: FloatLinear | QuantLinear = FloatLinear(get("output.dense.weight"), get("output.dense.bias"), track=False)
        self.norm1 = (get("attention.output.LayerNorm.weight"), get("attention.output.LayerNorm.bias"))
        self.norm2 = (get("output.LayerNorm.weight"), get("output.LayerNorm.bias"))

    def quantise(self) -> None:
        for name in ("qkv", "out", "up", "down"):
            linear = getattr(self, name)
            if isinstance(linear, FloatLinear):
                setattr(self, name, linear.quantised())


class Int8Encoder:
    precision = "int8"

    def __init__(self, path: Path, token_budget: int = TOKEN_BUDGET) -> None:
        from tokenizers import Tokenizer

        self.network = network = load(path)
        self.heads, self.eps = network.heads, network.eps
        w = {key: torch.from_numpy(value) for key, value in network.weights.items()}
        self.norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [Layer(w, f"encoder.layer.{i}.", self.heads) for i in range(network.layers)]
        self.width = int(w["embeddings.word_embeddings.weight"].shape[1])
        settings = folder_settings(path)  # pooling, normalisation and length as the model folder says
        self.pooling, self.normalize, self.token_budget = settings.pooling, settings.normalize, token_budget
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(settings.max_tokens)
        self.tokenizer.no_padding()
        self.workers = 1  # the calibration pass updates its peaks in one thread
        lines = CALIBRATION.read_text().splitlines()
        # float pass: each smoothed input's channel peaks
        calibrated(self.layers, calibration_key(cached_digest(path), lines, (_here("arch.py"), _here("batching.py"))),
                   lambda: self.encode(lines))
        self.workers = torch.get_num_threads()

    def encode(self, texts: Sequence[str], batch_size: int | None = None,
               tokens: list[bytes] | None = None) -> np.ndarray:
        """(n, d) float32 in input order; `batch_size` is ignored: batches are cut by token count. With `tokens`
        (a list of len(texts)), each text's token bits for late interaction (index/late.py) are put in it too."""
        out = np.zeros((len(texts), self.width), dtype=np.float32)
        packed = pack([encoding.ids for encoding in self.tokenizer.encode_batch(list(texts))])
        # the shortest texts apart, in float: a vector of a few tokens, [CLS] and [SEP] foremost, has no
        # others to average its rounding out with ("" and "x" drifted furthest in int8: tests/test_int8cpu.py)
        short = np.flatnonzero(packed.lengths <= SHORT_TOKENS)
        longer = np.flatnonzero(packed.lengths > SHORT_TOKENS)
        batches = [Batch(part[batch.rows], batch.width) for part in (short, longer) if len(part)
                   for batch in plan_batches(packed.lengths[part], self.token_budget, self.token_budget, multiple=1)]

        def run(batch: Batch) -> None:
            ids = np.zeros((len(batch.rows), 2, batch.width), dtype=np.int32)
            fill_ids(packed, batch, 0, ids)
            present = torch.from_numpy(ids[:, 1]).bool()
            with torch.inference_mode():
                states = self.states(torch.from_numpy(ids[:, 0]).long(), present, exact=batch.width <= SHORT_TOKENS)
                out[batch.rows] = pool(states, present.float(), self.pooling, self.normalize).numpy()
            if tokens is not None:
                for row, bits in zip(batch.rows.tolist(), batch_token_bits(states.numpy(), present.numpy()), strict=True):
                    tokens[row] = bits

        on_cores(run, batches, self.workers)
        return out

    def forward(self, tokens: torch.Tensor, present: torch.Tensor, exact: bool = False) -> torch.Tensor:
        """Sentence vectors (rows, d) of padded ids (rows, width) and their mask; `exact`: float activations."""
        return pool(self.states(tokens, present, exact), present.float(), self.pooling, self.normalize)

    def states(self, tokens: torch.Tensor, present: torch.Tensor, exact: bool = False) -> torch.Tensor:
        """The last layer's token states (rows, width, d) of padded ids and their mask."""
        longest = tokens.shape[1]
        x = torch.from_numpy(self.network.embedded(tokens.numpy()))  # word, position and token type, as npbert's
        bias = self.network.attention_bias(longest)  # MPNet's, by relative position
        return run_layers(self.layers, F.layer_norm(x, (self.width,), *self.norm, self.eps), present, self.heads,
                          self.eps, exact, None if bias is None else torch.from_numpy(bias))


def calibration_key(weights: str, lines: Sequence[str], sources: Sequence[Path] = ()) -> str:
    """What the peaks of a calibration pass depend on: the weights (their digest), the calibration inputs and the code
    that runs the pass: this module's source and the caller's `sources`. Peaks remembered under the weights and inputs
    alone outlived a change of the pass (the stance layers' attention) and moved int8 scores by up to 0.15 against a
    fresh calibration (docs/stance.md); now any edit to that code calibrates again, once."""
    code = source_digest((Path(__file__), *sources))
    return hashlib.sha256("\n".join([weights, code, *lines]).encode()).hexdigest()[:32]


def _here(name: str) -> Path:
    return Path(__file__).with_name(name)


@functools.cache
def source_digest(paths: tuple[Path, ...]) -> str:
    """The digest of these source files (a file that cannot be read, as in a zipped install, counts by its name)."""
    digest = hashlib.sha256()
    for path in paths:
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(str(path).encode())
    return digest.hexdigest()


def calibrated(layers: Sequence[Layer], key: str, calibrate: Callable[[], object]) -> None:
    """Quantise the layers with the channel peaks of the float pass `calibrate` runs over them, remembered under
    `key` in the cache folder, so a later process with the same weights and inputs reads them instead. A cache that
    cannot be read (missing, damaged, another shape) is calibrated again; one that cannot be written is skipped."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file, save_file

    tracked = {f"{i}.{name}": linear for i, layer in enumerate(layers) for name in ("qkv", "out", "up", "down")
               if isinstance(linear := getattr(layer, name), FloatLinear) and linear.peak is not None}
    path = cache_folder() / "int8" / f"{key}.safetensors"
    try:
        stored = load_file(path)
        if set(stored) != set(tracked) or any(stored[k].shape != v.peak.shape for k, v in tracked.items()
                                              if v.peak is not None):
            raise ValueError(f"{path} holds other layers")
        for name, linear in tracked.items():
            linear.peak = stored[name].float()
    except (OSError, ValueError, SafetensorError):
        calibrate()
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            save_file({name: linear.peak.contiguous() for name, linear in tracked.items() if linear.peak is not None},
                      temporary)
            temporary.replace(path)
        except (OSError, SafetensorError):  # a read-only home only costs the calibration next time
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
    for layer in layers:
        layer.quantise()


def fused_attention(query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, additive: torch.Tensor) -> torch.Tensor:
    """PyTorch's fused attention (the query weights carry the 1/sqrt(size) scale). Its sums run in an order set by
    the batch's padded length, so a text's states move by float rounding with its batch neighbours; a vector averages
    that away (tests/test_int8cpu.py), a classifier's probabilities need not."""
    return F.scaled_dot_product_attention(query, key, value, attn_mask=additive, scale=1.0)


def plain_attention(query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, additive: torch.Tensor) -> torch.Tensor:
    """The same attention in three plain steps, whose sums do not depend on how far a batch is padded (the padding's
    weights are exactly 0 after the softmax). The stance layers use it, so a mention's int8 probabilities are the same
    whatever it is scored beside, and a near tie falls on the same side of the float second look every time, at about
    the fused kernel's speed on their short batches (docs/stance.md, "How it runs on a CPU"; tests/test_stance.py). On
    the embeddings' longer batches it measured a few percent slower, and a vector averages the rounding away."""
    return torch.softmax(torch.matmul(query, key.transpose(-1, -2)) + additive, -1) @ value


def run_layers(layers: Sequence[Layer], x: torch.Tensor, present: torch.Tensor, heads: int, eps: float,
               exact: bool = False, bias: torch.Tensor | None = None,
               attend: Callable[..., torch.Tensor] = fused_attention) -> torch.Tensor:
    """States (rows, longest, d) through the layers; `present` (rows, longest) marks the real tokens; `exact`:
    float activations; `bias` (heads, longest, longest): added to every layer's scaled attention scores (MPNet);
    `attend`: fused_attention or plain_attention."""
    count, longest, width = x.shape
    additive = torch.zeros((count, 1, 1, longest)).masked_fill_(~present[:, None, None, :], -math.inf)
    if bias is not None:
        additive = additive + bias
    x = x.reshape(count * longest, width)
    size = width // heads
    for layer in layers:
        qkv = layer.qkv(x, exact).reshape(count, longest, 3, heads, size).permute(2, 0, 3, 1, 4)
        context = attend(qkv[0], qkv[1], qkv[2], additive)
        context = context.transpose(1, 2).reshape(count * longest, width)
        x = F.layer_norm(layer.out(context, exact) + x, (width,), *layer.norm1, eps)
        x = F.layer_norm(layer.down(F.gelu(layer.up(x, exact)), exact) + x, (width,), *layer.norm2, eps)
    return x.reshape(count, longest, width)


class Int8Layers:
    """Fine-tuned BERT layers (their state dicts, as transformers' BertLayer names them) on this module's int8
    path: called in float until `calibrated(layers.layers, ...)` smooths and quantises them from the peaks those calls
    met."""

    def __init__(self, states: Sequence[Mapping[str, torch.Tensor]], heads: int, eps: float) -> None:
        w = {f"{i}.{key}": value.float() for i, state in enumerate(states) for key, value in state.items()}
        self.layers = [Layer(w, f"{i}.", heads) for i in range(len(states))]
        self.heads, self.eps = heads, eps

    def __call__(self, x: torch.Tensor, present: torch.Tensor) -> torch.Tensor:
        """The states through the layers; the same for a text whatever it is batched with (plain_attention)."""
        return run_layers(self.layers, x, present, self.heads, self.eps, attend=plain_attention)


class FloatLayers(Int8Layers):
    """The same layers in fp32, never quantised, attending in plain steps as Int8Layers do: the stance model's second
    look at near ties and its frozen lower layers, on one single-threaded worker a core."""

    def __init__(self, states: Sequence[Mapping[str, torch.Tensor]], heads: int, eps: float) -> None:
        super().__init__(states, heads, eps)
        for layer in self.layers:
            for linear in (layer.qkv, layer.out, layer.up, layer.down):
                if isinstance(linear, FloatLinear):
                    linear.peak = None  # nothing to calibrate


def on_cores(run: Callable[[T], None], items: Sequence[T], workers: int) -> None:
    """`run` over the items by one single-threaded worker a core: no fork and join around every small step."""
    if workers < 2 or len(items) < 2:
        for item in items:
            run(item)
        return
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        with ThreadPoolExecutor(workers) as executor:
            list(executor.map(run, items))
    finally:
        torch.set_num_threads(threads)
