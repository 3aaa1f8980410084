"""The bench scripts run against the installed package: they never put the checkout on
sys.path, where its `incidents/` folder hides a non-editable install's subpackages."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
SCRIPTS = sorted(p.stem for p in BENCH.glob("*.py") if p.stem != "benchenv")


def test_importing_every_bench_leaves_the_checkout_off_sys_path(tmp_path):
    code = (f"import sys; sys.path.insert(0, {str(BENCH)!r}); "
            + "; ".join(f"import {s}" for s in SCRIPTS)
            + f"; print([p for p in sys.path if p in ({str(ROOT)!r}, {str(ROOT) + '/'!r})])")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_extract_bench_runs_on_a_small_corpus_from_another_folder(tmp_path):
    corpus = tmp_path / "mini.jsonl"
    rows = [{"id": "a", "text": "قصفت طائرة مسيرة سيارة على طريق درعا وقتل ثلاثة مدنيين."},
            {"id": "b", "text": "اشتبكت قوات النظام مع فصائل المعارضة في ريف إدلب الجنوبي."}]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(BENCH / "extract_bench.py"), str(corpus), "--scale", "2"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "mini.jsonl: 2 documents" in out.stdout and "extract 2x" in out.stdout and "docs/CPU-s" in out.stdout
