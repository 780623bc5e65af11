"""The targeted stance model: the packaged MiniLM's token embeddings, frozen, then its transformer
layers fine-tuned for stance with the target's tokens marked by a learned vector, and a small head.

Artefact (`index/models/stance/`, package data): `stance.safetensors` and `stance.json` (how it was built). The fine-tuned
layers are stored as int8 differences from the packaged MiniLM's own weights (one scale per row), so
the artefact is half the size of fp16 weights and loses nothing measurable; the target vector and the
head are fp16. The base model's weights are checked by digest before use. No pickle anywhere.

On a CPU with int8 dot products the six layers run on index/int8cpu.py's int8 path (`model.precision = auto`), and
every mention whose int8 answer is close between two stance labels is computed again in fp32 (STANCE_MARGIN):
labels as the float model's on at least 99% of our test mentions, at about 1.4 times bf16's speed (docs/stance.md).
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from torch import nn
from torch.nn import functional as F

from index.cpu import native_int8
from index.encoder import cpu_precision
from index.int8cpu import CALIBRATION as CALIBRATION_TEXT
from index.int8cpu import FloatLayers, Int8Layers, calibrated, calibration_key, on_cores
from index.minilm import STANCE_ARTEFACT_DIR as ARTEFACT_DIR
from index.minilm import cached_digest, model_path, weights_digest
from index.pooling import masked_mean
from pipeline import stance as stance_rules
from pipeline.stance import LABELS, normalise, window
from pipeline.themes import THEME_NAMES

MAX_TOKENS = 128
THEME_WEIGHTS = "themes.safetensors"
CALIBRATION = "calibration.logit_bias"  # in stance.safetensors: added to the stance logits (skeptical, neutral, optimistic)
TEMPERATURE = "calibration.temperature"  # in stance.safetensors: the biased logits are divided by it (labels unchanged)
# int8 answers whose two likeliest stance labels are closer than this are computed again in fp32: 4-6.5% of mentions,
# and labels as the float model's on 99.6-99.9% of our test sets instead of 97.8-98.9% (docs/stance.md)
STANCE_MARGIN = 0.2
INT8_BATCH = 16  # targets per int8 batch, one batch per core at a time
PLAN_TARGETS = 4096  # targets laid out (sorted by tokens, tokenised) at a time
CALIBRATION_STEP = 3  # every third line of index/calibration.txt: a third of the load time, labels as with all of it
# the int8 layers' calibration marks the first company-like word of each line of index/calibration.txt as the target
_CALIBRATION_TARGET = re.compile(r"\b(?:OpenAI|ChatGPT|Google|Gemini|DeepMind|Meta|Llama|Anthropic|Claude|Microsoft|Copilot"
                                 r"|Amazon|AWS|Apple|Nvidia|xAI|Grok|Mistral|DeepSeek|Altman|Zuckerberg)\b")


def stance_precision(setting: str = "auto") -> str:
    """'int8', 'bf16' or 'fp32': what the stance model runs in on this CPU under `model.precision`: int8 where the
    CPU has int8 dot products (auto) or when asked, else as cpu_precision says."""
    if setting == "int8" or (setting == "auto" and native_int8()):
        return "int8"
    return cpu_precision(setting)


class StanceHead(nn.Module):
    """Top transformer layers over the frozen trunk, the target vector, and a linear classifier."""

    def __init__(self, base: Any, top_layers: int) -> None:
        super().__init__()
        layers = list(base.encoder.layer)
        self.top_layers = top_layers
        self.layers = nn.ModuleList([copy.deepcopy(layer) for layer in layers[len(layers) - top_layers:]])
        width = int(base.config.hidden_size)
        self.target = nn.Parameter(torch.zeros(width))
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(width * 3, 3)

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        """Logits (n, 3) for trunk states (n, t, d), attention mask (n, t) and target-token mask (n, t)."""
        return self.head(self.dropout(self.features(hidden, mask, target)))

    def features(self, hidden: torch.Tensor, mask: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        """The target-marked states the heads read (n, 3d): [CLS], the sentence's mean and the target's mean."""
        hidden = hidden + target.unsqueeze(-1) * self.target
        additive = (1.0 - mask[:, None, None, :].to(hidden.dtype)) * -1e4
        for layer in self.layers:
            out = layer(hidden, attention_mask=additive)
            hidden = out[0] if isinstance(out, tuple) else out
        mean, target_mean = masked_mean(hidden, mask.to(hidden.dtype)), masked_mean(hidden, target)
        return torch.cat([hidden[:, 0], mean, target_mean], -1)


class ThemeHead(nn.Module):
    """What the sentence judges the target company on: a linear layer over the stance model's target-marked
    features, the mean of the sentence's (frozen) token embeddings, which keep the words' topic, and (`sentences`)
    the packaged model's own sentence vector, the one search stores for the sentence, which knows what a sentence
    is about better than either (on real coverage; docs/themes.md).

    With `examples`, the head also remembers that many written training sentences (their sentence vectors,
    standardised and unit length, and the share of each theme among their mentions): their themes, weighted by a
    softmax of cosine similarity / temperature (so the nearest few count), are mixed into the linear answer
    (log-linearly, by mix; both kept in the weights as `settings`, so the artefact's version moves with them). A
    linear layer draws one boundary per theme; the examples carry the many ways coverage words one theme, which the
    boundary averages away. Every example is weighed, none cut off, so the answer moves smoothly with the sentence
    vector. `offset` is added last (the fallback theme's prior for real coverage)."""

    offset: torch.Tensor
    settings: torch.Tensor  # temperature, mix
    examples: torch.Tensor
    example_themes: torch.Tensor
    centre: torch.Tensor
    spread: torch.Tensor

    def __init__(self, width: int, themes: int = len(THEME_NAMES), sentences: bool = True, examples: int = 0,
                 temperature: float = 0.04, mix: float = 0.3) -> None:
        super().__init__()
        self.sentences = sentences
        self.linear = nn.Linear(width * (5 if sentences else 4), themes)
        self.register_buffer("offset", torch.zeros(themes))
        if examples:
            self.register_buffer("settings", torch.tensor([temperature, mix]))
            self.register_buffer("examples", torch.zeros(examples, width))
            self.register_buffer("example_themes", torch.zeros(examples, themes))
            self.register_buffer("centre", torch.zeros(width))
            self.register_buffer("spread", torch.ones(width))
        self.has_examples = bool(examples)

    def forward(self, features: torch.Tensor, words: torch.Tensor, sentences: torch.Tensor | None = None,
                from_examples: torch.Tensor | None = None) -> torch.Tensor:
        """Theme logits; `from_examples` is what from_examples(sentences) gives, when the caller has it already."""
        parts = [features, words] + ([sentences] if self.sentences and sentences is not None else [])
        logits = self.linear(torch.cat(parts, -1))
        if self.has_examples and sentences is not None:
            mix = self.settings[1]
            examples = self.from_examples(sentences) if from_examples is None else from_examples
            logits = (1 - mix) * torch.log_softmax(logits, -1) + mix * examples
        return logits + self.offset

    def from_examples(self, sentences: torch.Tensor) -> torch.Tensor:
        """Log P(theme) from the remembered sentences: their theme shares, weighted by a softmax of cosine
        similarity / temperature."""
        query = F.normalize((sentences.float() - self.centre) / self.spread, dim=-1)
        weights = torch.softmax(query @ self.examples.T / self.settings[0], dim=-1)
        return torch.log(weights @ self.example_themes + 1e-4)


def target_mask(offsets: Sequence[tuple[int, int]], start: int, end: int) -> list[int]:
    """Token positions overlapping the character span [start, end); the [CLS] token if none do.

    Offsets of tokens outside the sentence (special tokens, an appended target) are (0, 0).
    """
    hits = [i for i, (a, b) in enumerate(offsets) if b > a and a < end and b > start]
    return hits or [0]


def encode_pairs(tokenizer: Any, pairs: Sequence[tuple[str, str | None]]) -> tuple[dict[str, torch.Tensor],
                                                                                   list[list[tuple[int, int]]]]:
    """Tokenise (sentence, target words or None); offsets outside the sentence are zeroed."""
    sentences = [sentence for sentence, _ in pairs]
    second = [target for _, target in pairs]
    encoded = tokenizer(sentences, second if any(t is not None for t in second) else None, padding=True,
                        truncation="only_first" if any(t is not None for t in second) else True,
                        max_length=MAX_TOKENS, return_tensors="pt", return_offsets_mapping=True)
    raw = encoded.pop("offset_mapping").tolist()
    offsets = []
    for row, pairs_row in enumerate(raw):
        ids = encoded.sequence_ids(row)
        offsets.append([tuple(pair) if ids[i] == 0 else (0, 0) for i, pair in enumerate(pairs_row)])
    return dict(encoded), offsets


@torch.inference_mode()
def trunk_states(base: Any, tokenizer: Any, pairs: Sequence[tuple[str, str | None]],
                 top_layers: int) -> list[tuple[torch.Tensor, list[tuple[int, int]]]]:
    """Per (sentence, target words or None): the states below the fine-tuned layers, and token spans."""
    encoded, offsets = encode_pairs(tokenizer, pairs)
    encoded = {name: tensor.to(base.device) for name, tensor in encoded.items()}
    frozen = len(base.encoder.layer) - top_layers
    if frozen:
        states = base(**encoded, output_hidden_states=True).hidden_states[frozen]
    else:  # every layer is fine-tuned: the trunk is the token embeddings alone
        states = base.embeddings(input_ids=encoded["input_ids"], token_type_ids=encoded.get("token_type_ids"))
    lengths = encoded["attention_mask"].sum(1).tolist()
    return [(states[i, :n], offsets[i][:n]) for i, n in enumerate(lengths)]


class LightTrunk:
    """What the int8 stance layers read, without transformers: the base model's own tokenizer.json through tokenizers
    (the file transformers' fast tokenizer wraps) and its token embeddings, summed and normalised in BertEmbeddings'
    order, and frozen lower layers, if any, from its weights file (index/arch.py)."""

    def __init__(self, base_path: Path, top_layers: int, pair_input: bool, heads: int, eps: float) -> None:
        from tokenizers import Tokenizer

        from index.arch import load

        self.tokenizer = Tokenizer.from_file(str(base_path / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS, strategy="only_first" if pair_input else "longest_first")
        network = load(base_path)
        self.weights = {name: torch.from_numpy(value) for name, value in network.weights.items()}
        self.eps = eps
        self.frozen = network.layers - top_layers
        self.top_layers = top_layers
        self.lower = FloatLayers([self.layer(i) for i in range(self.frozen)], heads, eps) if self.frozen else None

    def layer(self, index: int) -> dict[str, torch.Tensor]:
        """The base model's layer `index` as a BertLayer state dict."""
        prefix = f"encoder.layer.{index}."
        return {name[len(prefix):]: value for name, value in self.weights.items() if name.startswith(prefix)}

    def top_states(self, stored: Mapping[str, torch.Tensor]) -> list[dict[str, torch.Tensor]]:
        """The fine-tuned layers' state dicts: the base's layers plus the artefact's int8 differences."""
        base = {f"layers.{i}.{name}": value for i in range(self.top_layers)
                for name, value in self.layer(self.frozen + i).items()}
        full = undelta(dict(stored), base)
        return [{name[len(f"layers.{i}."):]: value for name, value in full.items() if name.startswith(f"layers.{i}.")}
                for i in range(self.top_layers)]

    def encoded(self, pairs: Sequence[tuple[str, str | None]]) -> list[Any]:
        """The tokenizer's encodings of (sentence, target words or None), truncated as the trunk reads them."""
        return self.tokenizer.encode_batch([(text, words) if words is not None else text for text, words in pairs])

    def states(self, pairs: Sequence[tuple[str, str | None]]) -> list[tuple[torch.Tensor, list[tuple[int, int]]]]:
        """trunk_states' answer: per (sentence, target words or None), the states below the fine-tuned layers and
        the token spans in the sentence ((0, 0) outside it)."""
        return self.states_of(self.encoded(pairs))

    def states_of(self, encodings: Sequence[Any]) -> list[tuple[torch.Tensor, list[tuple[int, int]]]]:
        """`states` of pairs already tokenised (`encoded`)."""
        longest = max(len(encoding.ids) for encoding in encodings)
        ids = torch.zeros(len(encodings), longest, dtype=torch.long)
        types = torch.zeros(len(encodings), longest, dtype=torch.long)
        present = torch.zeros(len(encodings), longest, dtype=torch.bool)
        for row, encoding in enumerate(encodings):
            count = len(encoding.ids)
            ids[row, :count] = torch.tensor(encoding.ids)
            types[row, :count] = torch.tensor(encoding.type_ids)
            present[row, :count] = True
        w = self.weights
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.token_type_embeddings.weight"][types]
        x = x + w["embeddings.position_embeddings.weight"][:longest]
        x = F.layer_norm(x, (x.shape[-1],), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        if self.lower is not None:
            x = self.lower(x, present)
        out = []
        for row, encoding in enumerate(encodings):
            sequence = encoding.sequence_ids
            offsets = [(int(pair[0]), int(pair[1])) if sequence[i] == 0 else (0, 0) for i, pair in enumerate(encoding.offsets)]
            out.append((x[row, :len(encoding.ids)], offsets))
        return out


class StanceModel:
    """Scores (sentence, target span) pairs; implements pipeline.stance.StanceScorer."""

    def __init__(self, base_name: str = "all-MiniLM-L6-v2", artefact_dir: Path = ARTEFACT_DIR,
                 precision: str = "auto") -> None:
        meta = json.loads((artefact_dir / "stance.json").read_text())
        base_path = model_path(base_name)
        if cached_digest(base_path) != meta["base_model_sha256"]:
            raise ValueError(f"the stance model was trained on another base model than {base_path}")
        self.base_path = base_path
        self.top_layers = int(meta["top_layers"])
        self.pair_input = meta.get("input") == "sentence+target"
        stored = load_file(artefact_dir / "stance.safetensors")
        bias = stored.pop(CALIBRATION, None)
        self.logit_bias = bias.float() if bias is not None else torch.zeros(len(LABELS))
        temperature = stored.pop(TEMPERATURE, None)
        self.temperature = float(temperature) if temperature is not None else 1.0
        self.stored = stored
        self.version = meta["version"]
        self.meta = meta
        self.precision = stance_precision(precision)
        self.encoder_precision = precision  # the sentence vectors': int8 where search's are ("auto"), or as asked
        config = json.loads((base_path / "config.json").read_text())
        self.width = int(config["hidden_size"])
        self.heads, self.eps = int(config["num_attention_heads"]), float(config["layer_norm_eps"])
        # the float path: bf16 weights where the CPU does bf16 natively; int8's second look at near ties in fp32, whose
        # answer no batch's padding moves (in bf16 one question headline tipped between batches)
        self.dtype = torch.bfloat16 if self.precision == "bf16" else torch.float32
        self._library: tuple[Any, Any, StanceHead] | None = None  # transformers' tokenizer, base model and head
        self.int8: Int8Layers | None = None
        self.second_look: FloatLayers | None = None
        if self.precision == "int8":
            # without transformers (3 s to import, alongside the crawl at every ingest): tokenizers' own tokenizer,
            # the base's embeddings and the layers from the weights files, on index/int8cpu.py's layers
            self.light: LightTrunk | None = LightTrunk(base_path, self.top_layers, self.pair_input, self.heads, self.eps)
            states = self.light.top_states(stored)
            self.target = stored["target"].float()
            self.classifier = nn.Linear(self.width * 3, len(LABELS))
            self.classifier.load_state_dict({"weight": stored["head.weight"].float(), "bias": stored["head.bias"].float()})
            self.second_look = FloatLayers(states, self.heads, self.eps)
            self.int8 = self._int8_layers(states)
        else:
            self.light = None
            head = self.head
            self.target, self.classifier = head.target.detach(), head.head
        self.base_name = base_name
        self.sentence_encoder = cached_digest(base_path)[:16]  # the theme head reads this model's sentence vectors
        self.theme_head: ThemeHead | None = None
        if meta.get("themes") and (artefact_dir / THEME_WEIGHTS).exists():
            weights = {k: v.float() for k, v in load_file(artefact_dir / THEME_WEIGHTS).items()}
            weights.setdefault("offset", torch.zeros(len(THEME_NAMES)))  # a head from before offsets folded it in
            width = self.width
            self.theme_head = ThemeHead(width, sentences=weights["linear.weight"].shape[1] == 5 * width,
                                        examples=len(weights["examples"]) if "examples" in weights else 0)
            self.theme_head.load_state_dict(weights)
            self.theme_head.eval()

    def _load_library(self) -> tuple[Any, Any, StanceHead]:
        """transformers' tokenizer, base model and the stance head on its layers: the float path, and training's
        (scripts/train_themes.py reads `theme_inputs`); loaded when first needed on the int8 path."""
        if self._library is None:
            from transformers import AutoModel, AutoTokenizer
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()  # no "Loading weights" bar in a CLI's output
            tokenizer = AutoTokenizer.from_pretrained(self.base_path)
            base = AutoModel.from_pretrained(self.base_path, use_safetensors=True).float().eval()
            head = StanceHead(base, self.top_layers)
            head.load_state_dict(undelta(self.stored, head.state_dict()))
            head.eval()
            head.to(self.dtype)
            self._library = (tokenizer, base, head)
        return self._library

    @property
    def tokenizer(self) -> Any:
        return self._load_library()[0]

    @property
    def base(self) -> Any:
        return self._load_library()[1]

    @property
    def head(self) -> StanceHead:
        return self._load_library()[2]

    def _int8_layers(self, states: Sequence[Mapping[str, torch.Tensor]]) -> Int8Layers:
        """The fine-tuned layers (their state dicts) on the int8 path, smoothed from a float pass over
        index/calibration.txt."""
        layers = Int8Layers(states, self.heads, self.eps)
        lines = CALIBRATION_TEXT.read_text().splitlines()[::CALIBRATION_STEP]
        spans = [(found.start(), found.end()) if (found := _CALIBRATION_TARGET.search(line)) else (0, line.find(" "))
                 for line in lines]
        targets = [(line, a, b) for line, (a, b) in zip(lines, spans, strict=True)]

        def calibrate() -> None:
            with torch.inference_mode():
                for _, hidden, mask, marks in self._batches(targets, INT8_BATCH):
                    self._plain_features(layers, hidden, mask, marks)

        # the stance layers are the base's plus the artefact's differences: its stance_weights digest names them
        calibrated(layers.layers, calibration_key(f"stance:{self.meta.get('stance_weights', self.version)}",
                                                  [f"{line}|{a}|{b}" for line, a, b in targets], STANCE_SOURCES),
                   calibrate)
        return layers

    def _plain_features(self, layers: Int8Layers, hidden: torch.Tensor, mask: torch.Tensor,
                        marks: torch.Tensor) -> torch.Tensor:
        """StanceHead.features on `layers`: the int8 ones, or the same layers in fp32 (the second look), both attending
        in plain steps."""
        states = layers(hidden + marks.unsqueeze(-1) * self.target.float(), mask.bool())
        return torch.cat([states[:, 0], masked_mean(states, mask.float()), masked_mean(states, marks)], -1)

    def _library_token_counts(self, pairs: Sequence[tuple[str, str | None]]) -> list[int]:
        """How many tokens the float path's trunk (trunk_states) gives each (sentence, target words or None)."""
        return encode_pairs(self.tokenizer, pairs)[0]["attention_mask"].sum(1).tolist()

    def _key(self, text: str, start: int, end: int) -> tuple[str, str | None]:
        """What the trunk sees: the sentence alone, or the sentence paired with the target's words."""
        return (text, text[start:end] or None) if self.pair_input else (text, None)

    def probabilities(self, targets: Sequence[tuple[str, int, int]], batch_size: int = 64) -> np.ndarray:
        return self.analyse(targets, themes=False, batch_size=batch_size)[0]

    @torch.inference_mode()
    def analyse(self, targets: Sequence[tuple[str, int, int]], themes: bool = True, batch_size: int = 64,
                sentence_vectors: Mapping[str, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray | None]:
        """P(stance) (n, 3) in LABELS order and, when asked and the artefact has a theme head, P(theme) (n, 10)
        in THEME_NAMES order, from one pass of the model. The theme head also reads each sentence's vector from
        the packaged model: taken from `sentence_vectors` (sentence text -> the vector search stored for it) where
        it is there, embedded here where it is not."""
        theme_head = self.theme_head if themes else None
        vectors = (self.sentence_vectors([text for text, _, _ in targets], sentence_vectors)
                   if theme_head is not None and theme_head.sentences else None)
        # every sentence against the remembered ones in one product on every core, not batch by batch
        examples = (theme_head.from_examples(vectors)
                    if theme_head is not None and theme_head.has_examples and vectors is not None else None)
        if self.int8 is None:
            return self._score(targets, theme_head, vectors, examples, batch_size, int8=False)
        result, theme_result = self._score(targets, theme_head, vectors, examples, INT8_BATCH, int8=True)
        ranked = np.sort(result, axis=1)
        close = np.flatnonzero(ranked[:, -1] - ranked[:, -2] < STANCE_MARGIN)
        if len(close):  # near a tie, int8's rounding could tip the label: these again in float
            rows = torch.from_numpy(close)
            again, again_themes = self._score([targets[int(i)] for i in close], theme_head,
                                              None if vectors is None else vectors[rows],
                                              None if examples is None else examples[rows], INT8_BATCH, int8=False)
            result[close] = again
            if theme_result is not None and again_themes is not None:
                theme_result[close] = again_themes
        return result, theme_result

    def _score(self, targets: Sequence[tuple[str, int, int]], theme_head: ThemeHead | None,
               vectors: torch.Tensor | None, examples: torch.Tensor | None, batch_size: int,
               int8: bool) -> tuple[np.ndarray, np.ndarray | None]:
        """P(stance) and P(theme) from the float layers, or (`int8`) from the int8 ones, a batch per core at a time.
        `vectors`: the sentence vectors; `examples`: what the theme head's remembered sentences say of them."""
        result = np.zeros((len(targets), 3), dtype=np.float32)
        theme_result = np.zeros((len(targets), len(THEME_NAMES)), dtype=np.float32) if theme_head else None

        def run(plan: _Plan, positions: list[int]) -> None:  # on a worker: lays out its batch, then scores it
            with torch.inference_mode():
                chunk, hidden, mask, marks = self._batch(plan, positions)
                if int8 and self.int8 is not None:  # the head is fp32 on the int8 path, like these features
                    features = self._plain_features(self.int8, hidden, mask, marks)
                elif self.second_look is not None:  # the same layers in fp32, attending as the int8 ones do
                    features = self._plain_features(self.second_look, hidden, mask, marks)
                else:
                    features = self.head.features(hidden.to(self.dtype), mask, marks.to(self.dtype))
                logits = self.classifier(features).float()
                logits = (logits + self.logit_bias.to(logits.device)) / self.temperature
                result[chunk] = torch.softmax(logits, dim=-1).cpu().numpy()
                if theme_head is not None and theme_result is not None:
                    logits = theme_head(features.float(), masked_mean(hidden, mask.float()),
                                        None if vectors is None else vectors[chunk],
                                        None if examples is None else examples[chunk])
                    theme_result[chunk] = torch.softmax(logits, dim=-1).numpy()

        for plan in self._plans(targets, batch_size):
            if int8 or self.second_look is not None:
                on_cores(functools.partial(run, plan), plan.chunks, torch.get_num_threads())
            else:
                for positions in plan.chunks:
                    run(plan, positions)
        return result, theme_result

    def sentence_vectors(self, texts: Sequence[str], known: Mapping[str, np.ndarray] | None = None) -> torch.Tensor:
        """(n, d) the packaged model's unit vector of each text: from `known` where it is there, else embedded (each
        distinct text once) by the same encoder and precision as search's (index/encoder.py)."""
        from index.encoder import encode

        known = known or {}
        missing = list(dict.fromkeys(text for text in texts if text not in known))
        fresh = dict(zip(missing, encode(missing, self.base_name, precision=self.encoder_precision), strict=True)
                     ) if missing else {}
        return torch.from_numpy(np.stack([np.asarray(known.get(text, fresh.get(text)), dtype=np.float32)
                                          for text in texts])) if texts else torch.zeros(0, self.width)

    @torch.inference_mode()
    def theme_inputs(self, targets: Sequence[tuple[str, int, int]], batch_size: int = 64) -> torch.Tensor:
        """What the theme head reads for each target (n, 5d), for training: the stance features, the words' mean
        and the sentence's vector."""
        out = torch.zeros(len(targets), 4 * self.width)
        for chunk, hidden, mask, marks in self._batches(targets, batch_size):
            features = self.head.features(hidden.to(self.dtype), mask, marks.to(self.dtype)).float()
            out[chunk] = torch.cat([features, masked_mean(hidden, mask.float())], -1)
        return torch.cat([out, self.sentence_vectors([text for text, _, _ in targets])], -1)

    def _batches(self, targets: Sequence[tuple[str, int, int]], batch_size: int
                 ) -> Iterator[tuple[list[int], torch.Tensor, torch.Tensor, torch.Tensor]]:
        """Targets laid out as scoring sees them, in batches of similar length: (their positions, trunk states,
        attention mask, target-token marks)."""
        for plan in self._plans(targets, batch_size):
            for chunk in plan.chunks:
                yield self._batch(plan, chunk)

    def _plans(self, targets: Sequence[tuple[str, int, int]], batch_size: int) -> Iterator[_Plan]:
        """`_plan` of PLAN_TARGETS targets at a time: the tokens it keeps (some 6 kB a sentence) stay bounded
        whatever `aipulse stance --input` is given."""
        for begin in range(0, len(targets), PLAN_TARGETS):
            yield self._plan(targets[begin:begin + PLAN_TARGETS], batch_size, begin)

    def _plan(self, targets: Sequence[tuple[str, int, int]], batch_size: int, offset: int = 0) -> _Plan:
        """The targets as the trunk reads them, each distinct sentence tokenised once (on the int8 path), cut into
        batches of `batch_size` of the same or nearly the same number of tokens; `offset`: the position of the first
        target among all of them, which the batches report."""
        normalised = [normalise(*window(*target)) for target in targets]
        keys = list(dict.fromkeys(self._key(*target) for target in normalised))
        encoded = dict(zip(keys, self.light.encoded(keys), strict=True)) if self.light is not None else {}
        counts = [len(encoded[key].ids) for key in keys] if self.light is not None else self._library_token_counts(keys)
        tokens = dict(zip(keys, counts, strict=True))
        # by tokens, not characters: batches of 16 sorted by characters ran 12% padding on the ingest benchmark
        order = sorted(range(len(normalised)), key=lambda i: (tokens[self._key(*normalised[i])], len(normalised[i][0])))
        return _Plan(normalised, [order[begin:begin + batch_size] for begin in range(0, len(order), batch_size)], encoded,
                     offset)

    def _batch(self, plan: _Plan, chunk: list[int]) -> tuple[list[int], torch.Tensor, torch.Tensor, torch.Tensor]:
        """One batch of the plan: (its targets' positions among all, trunk states, attention mask, target-token
        marks)."""
        targets = plan.targets
        keys = list(dict.fromkeys(self._key(*targets[i]) for i in chunk))
        computed = (self.light.states_of([plan.encoded[key] for key in keys]) if self.light is not None
                    else trunk_states(self.base, self.tokenizer, keys, self.top_layers))
        trunk = dict(zip(keys, computed, strict=True))
        width = max(trunk[self._key(*targets[i])][0].shape[0] for i in chunk)
        hidden = torch.zeros(len(chunk), width, trunk[keys[0]][0].shape[1])
        mask = torch.zeros(len(chunk), width, dtype=torch.long)
        marks = torch.zeros(len(chunk), width)
        for row, i in enumerate(chunk):
            text, start, end = targets[i]
            states, offsets = trunk[self._key(text, start, end)]
            hidden[row, : states.shape[0]] = states
            mask[row, : states.shape[0]] = 1
            marks[row, target_mask(offsets, start, end)] = 1.0
        return [plan.offset + i for i in chunk], hidden, mask, marks


@dataclass(frozen=True)
class _Plan:
    """StanceModel._plan's answer: the targets normalised, their batches (positions in `targets`), on the int8 path
    each distinct trunk input's tokens, and the position of `targets[0]` among all the targets scored."""

    targets: list[tuple[str, int, int]]
    chunks: list[list[int]]
    encoded: dict[tuple[str, str | None], Any]
    offset: int


_SCALE = ".int8_scale"
# the code of the stance layers' calibration pass besides index/int8cpu.py: its peaks are remembered under it too
STANCE_SOURCES = (Path(__file__), Path(__file__).with_name("arch.py"), Path(stance_rules.__file__ or "pipeline/stance.py"))


def delta(state: dict[str, torch.Tensor], base: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Matrices as int8 differences from the base weights (per-row scale); everything else as fp16."""
    out = {}
    for key, value in state.items():
        value = value.detach().float()
        if value.dim() == 2 and key in base and key.startswith("layers."):
            difference = value - base[key].float()
            scale = difference.abs().amax(dim=1, keepdim=True).clamp(min=1e-12) / 127.0
            out[key] = torch.round(difference / scale).to(torch.int8).contiguous()
            out[key + _SCALE] = scale.to(torch.float32).contiguous()
        else:
            out[key] = value.to(torch.float16).contiguous()
    return out


def undelta(stored: dict[str, torch.Tensor], base: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """The inverse of `delta`: fp32 weights, given the base model's copy of the same layers."""
    return {key: (base[key].float() + value.float() * stored[key + _SCALE]) if key + _SCALE in stored
            else value.float()
            for key, value in stored.items() if not key.endswith(_SCALE)}


def artefact_version(out_dir: Path) -> str:
    """The artefact's version: the digest of its weights, the theme head's included when there is one."""
    digest = hashlib.sha256((out_dir / "stance.safetensors").read_bytes())
    if (out_dir / THEME_WEIGHTS).exists():
        digest.update((out_dir / THEME_WEIGHTS).read_bytes())
    return digest.hexdigest()[:16]


def stance_weights_digest(out_dir: Path) -> str:
    """The stance weights' own digest (`stance_weights` in stance.json once a theme head joins the version)."""
    return hashlib.sha256((out_dir / "stance.safetensors").read_bytes()).hexdigest()[:16]


def save_theme_head(head: ThemeHead, out_dir: Path, info: dict[str, Any]) -> dict[str, Any]:
    """Add the theme head to an artefact (fp16); the artefact's version changes with it, so stored mentions are
    scored again, and the stance weights' own digest stays in `stance_weights`."""
    meta = json.loads((out_dir / "stance.json").read_text())
    save_file({k: v.detach().to(torch.float32 if k == "settings" else torch.float16).contiguous()
               for k, v in head.state_dict().items()}, str(out_dir / THEME_WEIGHTS))
    meta.update(version=artefact_version(out_dir), stance_weights=stance_weights_digest(out_dir),
                themes={"labels": list(THEME_NAMES), **info})
    (out_dir / "stance.json").write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def save_calibration(out_dir: Path, bias: Sequence[float] | None, info: dict[str, Any],
                     temperature: float | None = None) -> dict[str, Any]:
    """Store the artefact's whole calibration: a bias on the stance logits and a temperature that divides them (both
    chosen on a development set, scripts/calibrate_stance.py); None leaves that part out. The weights' digest, and so
    the version, change with them, so stores score again."""
    stored = load_file(out_dir / "stance.safetensors")
    meta = json.loads((out_dir / "stance.json").read_text())
    if bias is None and temperature is None and CALIBRATION not in stored and TEMPERATURE not in stored:
        return meta
    stored.pop(CALIBRATION, None)
    stored.pop(TEMPERATURE, None)
    meta.pop("calibration", None)
    if bias is not None:
        stored[CALIBRATION] = torch.tensor([float(b) for b in bias], dtype=torch.float32)
    if temperature is not None:
        stored[TEMPERATURE] = torch.tensor([float(temperature)], dtype=torch.float32)
    if bias is not None or temperature is not None:
        meta["calibration"] = {**({"logit_bias": [round(float(b), 4) for b in bias]} if bias is not None else {}),
                               **({"temperature": round(float(temperature), 4)} if temperature is not None else {}), **info}
    save_file(stored, str(out_dir / "stance.safetensors"))
    meta["version"] = artefact_version(out_dir)
    if "stance_weights" in meta:
        meta["stance_weights"] = stance_weights_digest(out_dir)
    (out_dir / "stance.json").write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def save_artefact(head: StanceHead, base_path: Path, out_dir: Path, info: dict[str, Any],
                  pair_input: bool = False) -> dict[str, Any]:
    """Write the weights (differences against a fresh StanceHead over the same base model) and the
    description; the version is the weights' own digest."""
    out_dir.mkdir(parents=True, exist_ok=True)
    weights = out_dir / "stance.safetensors"
    from transformers import AutoModel

    fresh = StanceHead(AutoModel.from_pretrained(base_path, use_safetensors=True).float(), head.top_layers).state_dict()
    save_file(delta(head.state_dict(), fresh), str(weights))
    (out_dir / THEME_WEIGHTS).unlink(missing_ok=True)  # a theme head belongs to the stance weights it was trained on
    version = artefact_version(out_dir)
    meta = {"version": version, "top_layers": head.top_layers, "base_model_sha256": weights_digest(base_path),
            "labels": list(LABELS), "features": ["cls", "mean", "target_mean"],
            "weights": "layer matrices as int8 differences from the base model (per-row scale); the rest fp16",
            "input": "sentence+target" if pair_input else "sentence", **info}
    (out_dir / "stance.json").write_text(json.dumps(meta, indent=2) + "\n")
    return meta
