"""A learned attribution tagger: Source / Cue / Content spans, BIO-tagged by a small int8 transformer.

The model (MiniLM-L6 fine-tuned on PolNeAR's train split by ``scripts/train_attribution.py``) ships in
``dateline/data/`` and runs with onnxruntime; nothing is fetched at run time.
"""

from dateline.attribution.labels import LABELS, ROLES
from dateline.attribution.tagger import Tagger, TagSpan, load_tagger

__all__ = ["LABELS", "ROLES", "TagSpan", "Tagger", "load_tagger"]
