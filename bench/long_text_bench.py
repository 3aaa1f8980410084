"""Extraction time against text length (issue 8, item 5): one text of growing size, as
one line without a stop and as many short sentences, and the CPU seconds per character.
Linear time shows as a flat µs/char column.

    .venv/bin/python bench/long_text_bench.py [--sizes 100000,400000,1600000,5000000]

No asserts: this prints measurements (the machine is shared: CPU time, not wall time).
The sentences are written for this bench.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


SENTENCES = ["اشتبكت قوات النظام مع فصائل المعارضة في ريف إدلب",
             "وقتل ثلاثة مدنيين وأصيب خمسة آخرون",
             "قصفت طائرة مسيرة سيارة على طريق درعا صباح الثلاثاء 12 آذار",
             "وقال المرصد السوري لحقوق الإنسان إن \"الاشتباكات مستمرة",
             "وذكرت مصادر محلية أن قسد نفذت حملة مداهمات في الحسكة يوم 5 أيار 2023",
             "انفجرت عبوة ناسفة بدورية في دير الزور"]


def text_of(size: int, stop: str) -> str:
    unit = stop.join(SENTENCES) + stop
    return (unit * (size // len(unit) + 1))[:size]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,400000,1600000,5000000")
    args = ap.parse_args()
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.model import DocMeta
    from incidents.extract.pipeline import extract_document
    default_gazetteer()
    print(f"{'shape':<12}{'chars':>10}{'cpu s':>9}{'µs/char':>9}{'incidents':>11}{'quotes':>8}")
    for shape, stop in (("one line", " "), ("sentences", ". ")):
        for size in (int(s) for s in args.sizes.split(",")):
            text = text_of(size, stop)
            t = time.process_time()
            ex = extract_document(text, DocMeta("bench", published="2023-05-06"))
            cpu = time.process_time() - t
            print(f"{shape:<12}{size:>10,}{cpu:>9.2f}{cpu / size * 1e6:>9.2f}{len(ex.incidents):>11}"
                  f"{len(ex.quotes):>8}", flush=True)


if __name__ == "__main__":
    main()
