"""The shell's command modules depend on the shared layer (shell/results.py), never on each other."""
import ast
from pathlib import Path

from incidents.shell import registry

SHELL = Path(__file__).resolve().parent.parent / "shell"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def test_command_modules_do_not_import_each_other():
    modules = [f"incidents.shell.{m}" for m in registry.COMMAND_MODULES]
    for name in registry.COMMAND_MODULES:
        own = f"incidents.shell.{name}"
        crossing = sorted(i for i in _imports(SHELL / f"{name}.py") if i in modules and i != own)
        assert not crossing, f"{name}.py imports {crossing}"


def test_every_command_module_is_loaded_by_the_registry():
    on_disk = {p.stem for p in SHELL.glob("commands*.py")}
    assert on_disk <= set(registry.COMMAND_MODULES)
    registry.load_commands()
    assert {"search", "export", "timeline", "actors", "sql", "set"} <= set(registry.REGISTRY)
