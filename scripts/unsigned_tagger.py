"""Make the attribution tagger's 8-bit weights unsigned, so every processor multiplies them exactly.

``onnxruntime.quantization.quantize_dynamic`` (``weight_type=QInt8``) stores each linear layer's weights as
signed 8-bit integers and quantises the layer's input to unsigned 8-bit at run time. onnxruntime multiplies
unsigned by signed bytes with ``vpmaddubsw`` on processors without AVX-512 VNNI, which adds two products in
16 bits and saturates; with VNNI or AMX the sum is exact. So one sentence got different spans, and dateline
different records, on two machines. Here every weight ``w`` and its zero point ``z`` become ``w + 128`` and
``z + 128`` as unsigned bytes: the same real weights (``(w - z) * scale`` is unchanged), and unsigned-by-unsigned
products, which onnxruntime sums exactly everywhere (its kernels widen them to 16 bits first). The labels are
those of an exact 8-bit product on any processor, at 8-bit speed.

    python scripts/unsigned_tagger.py src/dateline/data/attribution.onnx   # rewrites the file in place
    python scripts/unsigned_tagger.py IN.onnx OUT.onnx

Needs the ``onnx`` package (``requirements/train.in``); never needed at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path


def convert(model):  # type: ignore[no-untyped-def]
    """The model with the weights and weight zero points of every ``MatMulInteger`` shifted to unsigned bytes."""
    import numpy as np
    from onnx import numpy_helper

    graph = model.graph
    by_name = {t.name: t for t in graph.initializer}
    shifted: set[str] = set()
    for node in graph.node:
        if node.op_type != "MatMulInteger" or len(node.input) < 4:
            continue
        for name in (node.input[1], node.input[3]):  # the weights and their zero points
            tensor = by_name.get(name)
            if tensor is None or name in shifted:
                continue
            values = numpy_helper.to_array(tensor)
            if values.dtype != np.int8:
                continue
            unsigned = (values.astype(np.int16) + 128).astype(np.uint8)
            tensor.CopyFrom(numpy_helper.from_array(unsigned, name))
            shifted.add(name)
    return model


def main(argv: list[str]) -> int:
    import onnx

    if len(argv) not in (1, 2):
        print(__doc__)
        return 2
    source = Path(argv[0])
    target = Path(argv[1]) if len(argv) == 2 else source
    model = convert(onnx.load(str(source)))
    onnx.checker.check_model(model)
    onnx.save(model, str(target))
    print(f"{target}: {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
