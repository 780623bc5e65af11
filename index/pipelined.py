"""Encoding a large batch of texts fast on a GPU: the host never makes the device wait.

`encode` in index/encoder.py calls `PipelinedEncoder.encode` when the model runs on CUDA. Behind it:

- **Tokenisation in parallel, ahead of the device.** The fast tokenizer's batch API (Rust, all
  cores) tokenises chunk k+1 in a thread while the GPU runs chunk k. There is no padding at this
  stage: ids are truncated to the model's limit.
- **Length bucketing.** Texts are sorted by token count and cut into batches under a token budget,
  so short sentences travel in big batches and long passages in small ones. Each batch is padded
  only to its own longest text, rounded up to a multiple of 8 (tensor cores).
- **Half precision, pinned memory and asynchronous copies.** Padded ids are built in page-locked
  host memory and copied with `non_blocking=True`. Pooling and normalisation run on the device.
  Vectors come back into a pinned buffer, one synchronisation per chunk.
- **Input order.** Rows are written back to their input positions; the result is identical to
  encoding one text at a time (up to the arithmetic of the chosen precision).

This module imports torch, numpy and (through the tokenizer) tokenizers only, so `bench/gpu_embed.py`
runs it on a bare GPU machine. On a CPU the same code runs (no pinned memory, no streams); the tests
use that to check batching, bucketing and ordering.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from queue import Queue
from typing import Any

import numpy as np

from index.batching import Batch, Packed, fill_ids, pack, plan_batches
from index.pooling import pool
from index.tokenize_worker import Tokens, read_frame, write_frame


class WorkerTokenizer:
    """Tokenisation spread over worker processes (index/tokenize_worker.py), each single-threaded: the
    Python work of turning encodings into ids runs on every core instead of under one interpreter lock."""

    def __init__(self, tokenizer_file: Path, max_tokens: int, workers: int) -> None:
        env = dict(os.environ, TOKENIZERS_PARALLELISM="false", RAYON_NUM_THREADS="1")
        root = Path(__file__).resolve().parent.parent
        self.processes = [subprocess.Popen([sys.executable, "-m", "index.tokenize_worker", str(tokenizer_file),
                                            str(max_tokens)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                           cwd=root, env=env) for _ in range(workers)]

    def packed(self, texts: Sequence[str]) -> Packed:
        bounds = np.linspace(0, len(texts), len(self.processes) + 1).astype(int)
        shards = list(zip(bounds[:-1], bounds[1:], self.processes, strict=True))
        for begin, end, process in shards:
            assert process.stdin is not None
            write_frame(process.stdin, json.dumps(list(texts[begin:end])).encode())
            process.stdin.flush()
        lengths, tokens = [], []
        for begin, end, process in shards:
            assert process.stdout is not None
            frame = read_frame(process.stdout)
            if frame is None:
                raise RuntimeError(f"tokenizer worker {process.pid} exited with code {process.wait()}")
            count = int(end - begin)
            lengths.append(np.frombuffer(frame[:4 * count], dtype=np.int32))
            tokens.append(np.frombuffer(frame[4 * count:], dtype=np.int32))
        return Packed.of(np.concatenate(tokens) if tokens else np.zeros(0, dtype=np.int32),
                         np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.int64))

    def close(self) -> None:
        for process in self.processes:
            if process.stdin:
                process.stdin.close()
        for process in self.processes:
            process.wait(timeout=10)


class PipelinedEncoder:
    """Token-budget batches through a transformer, tokenisation overlapped with compute."""

    def __init__(self, model: Any, tokenizer: Any, max_tokens: int, pooling: str = "mean", normalize: bool = True,
                 token_budget: int = 131_072, max_rows: int = 4096, chunk_texts: int = 65_536,
                 tokenizer_file: Path | None = None, tokenize_workers: int = 0) -> None:
        import torch

        self.torch = torch
        self.model = model
        self.device = next(model.parameters()).device
        backend = tokenizer.backend_tokenizer if hasattr(tokenizer, "backend_tokenizer") else tokenizer
        self.tokens = Tokens.bare(backend.to_str(), max_tokens)  # a copy: the shared tokenizer is untouched
        self.pad_id = int(tokenizer.pad_token_id or 0) if hasattr(tokenizer, "pad_token_id") else 0
        self.max_tokens = max_tokens
        self.pooling, self.normalize = pooling, normalize
        self.token_budget, self.max_rows, self.chunk_texts = token_budget, max_rows, chunk_texts
        self.on_gpu = self.device.type == "cuda"
        self.workers = (WorkerTokenizer(tokenizer_file, max_tokens, tokenize_workers)
                        if tokenizer_file is not None and tokenize_workers > 0 else None)

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """Ids of every text with its special tokens, cut to the model's limit (keeping the final [SEP])."""
        return self.tokens(list(texts))

    def _chunks(self, texts: Sequence[str]) -> Iterator[tuple[int, Packed]]:
        """(offset, packed ids) per chunk, the next chunk tokenised in a thread while the caller computes."""
        queue: Queue[tuple[int, Packed] | BaseException | None] = Queue(maxsize=2)

        def produce() -> None:
            try:
                for offset in range(0, len(texts), self.chunk_texts):
                    chunk = texts[offset:offset + self.chunk_texts]
                    queue.put((offset, self.workers.packed(chunk) if self.workers else pack(self.tokenize(chunk))))
                queue.put(None)
            except BaseException as exc:  # noqa: BLE001 - handed to the consumer, which raises it
                queue.put(exc)

        thread = threading.Thread(target=produce, name="aipulse-tokenize", daemon=True)
        thread.start()
        while (item := queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
        thread.join()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        torch = self.torch
        width = int(self.model.config.hidden_size)
        result = np.zeros((len(texts), width), dtype=np.float32)
        with torch.inference_mode():
            for offset, packed in self._chunks(texts):
                batches = plan_batches(packed.lengths, self.token_budget, self.max_rows)
                self._run(packed, batches, result[offset:offset + len(packed.lengths)])
        return result

    def _run(self, packed: Packed, batches: list[Batch], out: np.ndarray) -> None:
        torch = self.torch
        rows = max((len(b.rows) for b in batches), default=0)
        widest = max((b.width for b in batches), default=0)
        staging = [torch.empty((rows, 2, widest), dtype=torch.int32, pin_memory=self.on_gpu) for _ in range(2)]
        vectors = torch.empty((len(packed.lengths), out.shape[1]), dtype=torch.float32, pin_memory=self.on_gpu)
        done = [None, None]  # an event per staging buffer: the copy out of it has finished
        position = 0
        for number, batch in enumerate(batches):
            slot = number % 2
            if done[slot] is not None:
                done[slot].synchronize()  # type: ignore[attr-defined]
            fill_ids(packed, batch, self.pad_id, staging[slot].numpy())
            count = len(batch.rows)
            host = staging[slot][:count, :, :batch.width]
            on_device = host.to(self.device, non_blocking=True)
            if self.on_gpu:
                done[slot] = torch.cuda.Event()
                done[slot].record()  # type: ignore[attr-defined]
            input_ids, attention = on_device[:, 0].long(), on_device[:, 1].long()
            states = self.model(input_ids=input_ids, attention_mask=attention).last_hidden_state
            # summed in fp32: fp16 loses digits over 256 tokens
            pooled = pool(states.float(), attention.float(), self.pooling, self.normalize)
            vectors[position:position + count].copy_(pooled, non_blocking=True)
            position += count
        if self.on_gpu:
            torch.cuda.synchronize()
        order = np.concatenate([b.rows for b in batches]) if batches else np.zeros(0, dtype=np.int64)
        out[order] = vectors.numpy()
