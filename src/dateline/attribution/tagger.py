"""Run the int8 ONNX attribution tagger over paragraphs: (role, start, end) character spans."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

from dateline.attribution.labels import CLS_ID, PAD_ID, SEP_ID, decode, owner, whole_words, windows

if TYPE_CHECKING:
    from onnxruntime import InferenceSession
    from tokenizers import Tokenizer

MODEL_FILE = "attribution.onnx"
TOKENIZER_FILE = "attribution-tokenizer.json"


@dataclass(frozen=True)
class TagSpan:
    """A Source, Cue or Content span the tagger found, offsets into the paragraph it was given."""

    role: str
    start: int
    end: int


class Tagger:
    """BIO tagger over word pieces; long paragraphs go through overlapping windows.

    ``batch_size`` 1 is the default: on CPU, padding a batch to its longest paragraph cost more than
    batching saved (2.5x slower at 16 on BBC News paragraphs), batches of equal-length stretches saved
    nothing measurable, and any batch changes the labels a little (the int8 model quantises each
    matrix product's input with one scale for the whole batch: 1% of word pieces changed at 4).
    """

    def __init__(self, session: InferenceSession, tokenizer: Tokenizer, batch_size: int = 1) -> None:
        self.session = session
        self.tokenizer = tokenizer
        self.batch_size = batch_size

    def tag(self, texts: list[str]) -> list[list[TagSpan]]:
        """The spans of each text (one paragraph each)."""
        encodings = self.tokenizer.encode_batch(texts, add_special_tokens=False) if texts else []
        jobs: list[tuple[int, int, int, list[int]]] = []  # (text index, window start, window end, ids)
        plans: list[list[tuple[int, int]]] = []
        for t, enc in enumerate(encodings):
            plan = windows(len(enc.ids))
            plans.append(plan)
            for a, b in plan:
                jobs.append((t, a, b, [CLS_ID, *enc.ids[a:b], SEP_ID]))
        results: dict[tuple[int, int], np.ndarray] = {}
        order = sorted(range(len(jobs)), key=lambda j: len(jobs[j][3]))
        for i in range(0, len(order), self.batch_size):
            chunk = [jobs[j] for j in order[i : i + self.batch_size]]
            width = max(len(job[3]) for job in chunk)
            ids = np.full((len(chunk), width), PAD_ID, dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            for row, job in enumerate(chunk):
                ids[row, : len(job[3])] = job[3]
                mask[row, : len(job[3])] = 1
            logits = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            for row, job in enumerate(chunk):
                results[(job[0], job[1])] = logits[row, 1 : len(job[3]) - 1].argmax(-1)
        out: list[list[TagSpan]] = []
        for t, enc in enumerate(encodings):
            plan = plans[t]
            if len(plan) == 1:  # one window (nearly every paragraph): its labels as they are
                labels: list[int] = results[(t, 0)].tolist()
            else:  # each word piece from the window in which it sits farthest from an edge
                labels = []
                for i in range(len(enc.ids)):
                    a = plan[owner(i, plan)][0]
                    labels.append(int(results[(t, a)][i - a]))
            labels = whole_words(labels, enc.word_ids)
            out.append([TagSpan(r, s, e) for r, s, e in decode(labels, enc.offsets)])
        return out


def model_available() -> bool:
    files = resources.files("dateline") / "data"
    return (files / MODEL_FILE).is_file() and (files / TOKENIZER_FILE).is_file()


@lru_cache(maxsize=1)
def load_tagger(threads: int = 1) -> Tagger | None:
    """The packaged tagger, loaded once per process; ``None`` when the model files are not installed."""
    if not model_available():
        return None
    import onnxruntime as ort
    from tokenizers import Tokenizer

    data = resources.files("dateline") / "data"
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    session = ort.InferenceSession(
        (data / MODEL_FILE).read_bytes(), sess_options=options, providers=["CPUExecutionProvider"]
    )
    tokenizer = Tokenizer.from_str((data / TOKENIZER_FILE).read_text(encoding="utf-8"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return Tagger(session, tokenizer)
