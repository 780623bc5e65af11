"""A tokenising worker process for index/pipelined.py: `python -m index.tokenize_worker TOKENIZER_JSON MAX_TOKENS`.

Reads frames from stdin, each a JSON array of texts; writes one frame per input to stdout: the texts'
token counts (int32), then their ids end to end (int32). A frame is an 8-byte little-endian length and
that many bytes. Plain bytes both ways (no pickle), and numpy and tokenizers only.
"""

from __future__ import annotations

import json
import re
import struct
import sys
from pathlib import Path
from typing import IO, Any

import numpy as np

from index.batching import pack

HEADER = struct.Struct("<Q")


def read_frame(stream: IO[bytes]) -> bytes | None:
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    size = HEADER.unpack(header)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("frame cut short")
    return data


def write_frame(stream: IO[bytes], data: bytes) -> None:
    stream.write(HEADER.pack(len(data)))
    stream.write(data)


# what BERT's normaliser turns into a space: pre-tokens never cross these, so pieces between them
# tokenise alone exactly as inside the text (control characters, removed by the normaliser, stay inside)
BERT_SPACES = re.compile("[\t\n\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")


class Tokens:
    """Token ids with special tokens, cut to `max_tokens` keeping the final [SEP] (as transformers truncates).

    For WordPiece tokenizers with BERT's pre-tokenizer (MiniLM's), each whitespace-separated piece is
    tokenised once and remembered: news repeats its words, and a dictionary lookup is far cheaper than
    the tokenizer's normalise, split and WordPiece steps. Other tokenizers run whole texts."""

    def __init__(self, tokenizer: Any, max_tokens: int, cache_limit: int = 1_000_000) -> None:
        self.tokenizer = tokenizer
        self.max_tokens = max_tokens
        self.cache: dict[str, list[int]] = {}
        self.cache_limit = cache_limit
        config = json.loads(tokenizer.to_str())
        self.by_piece = ((config.get("model") or {}).get("type") == "WordPiece"
                         and (config.get("pre_tokenizer") or {}).get("type") == "BertPreTokenizer")
        full, bare = tokenizer.encode("probe").ids, tokenizer.encode("probe", add_special_tokens=False).ids
        at = next((i for i in range(len(full)) if full[i:i + len(bare)] == bare), None)
        if at is None:
            self.by_piece = False
        else:
            self.prefix, self.suffix = full[:at], full[at + len(bare):]

    def __call__(self, texts: list[str]) -> list[list[int]]:
        rows = self._by_piece(texts) if self.by_piece else self._whole(texts)
        limit = self.max_tokens
        return [ids if len(ids) <= limit else ids[:limit - 1] + ids[-1:] for ids in rows]

    @classmethod
    def bare(cls, tokenizer_json: str, max_tokens: int) -> Tokens:
        """From a tokenizer.json text, with its own padding and truncation off (ours apply)."""
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_str(tokenizer_json)
        tokenizer.no_padding()
        tokenizer.no_truncation()
        return cls(tokenizer, max_tokens)

    def _whole(self, texts: list[str]) -> list[list[int]]:
        batch = getattr(self.tokenizer, "encode_batch_fast", None) or self.tokenizer.encode_batch
        return [encoding.ids for encoding in batch(texts)]

    def _by_piece(self, texts: list[str]) -> list[list[int]]:
        if len(self.cache) > self.cache_limit:
            self.cache.clear()
        cache = self.cache
        split = [BERT_SPACES.split(text) for text in texts]
        missing = list(dict.fromkeys(piece for pieces in split for piece in pieces if piece not in cache))
        if missing:
            batch = getattr(self.tokenizer, "encode_batch_fast", None) or self.tokenizer.encode_batch
            for piece, encoding in zip(missing, batch(missing, add_special_tokens=False), strict=True):
                cache[piece] = encoding.ids
        prefix, suffix = self.prefix, self.suffix
        rows = []
        for pieces in split:
            row = list(prefix)
            for piece in pieces:
                row += cache[piece]
            row += suffix
            rows.append(row)
        return rows


def main() -> None:
    tokens = Tokens.bare(Path(sys.argv[1]).read_text(), int(sys.argv[2]))
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while (frame := read_frame(source)) is not None:
        packed = pack(tokens(json.loads(frame)))
        write_frame(sink, packed.lengths.astype(np.int32).tobytes() + packed.tokens.tobytes())
        sink.flush()


if __name__ == "__main__":
    main()
