"""The import direction, read from the source: CLI → application → {crawlers, index} → pipeline, no cycles."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = {"aipulse.cli", "aipulse.cli_options", "aipulse.cli_report", "aipulse.cli_search", "aipulse.cli_alerts", "aipulse.cli_store",
       "aipulse.__main__"}


def layer(module: str) -> tuple[int, str]:
    """(height, name): a module may import its own layer or lower ones; crawlers and index are side by side."""
    top = module.split(".")[0]
    if module in CLI:
        return 3, "cli"
    if top in ("aipulse", "scheduler"):
        return 2, "application"
    return {"crawlers": (1, "crawlers"), "index": (1, "index"), "pipeline": (0, "pipeline")}[top]


def project_imports() -> dict[str, set[str]]:
    """Module → the project modules it imports anywhere (functions included), except in an
    `if __name__ == "__main__":` block, which is an entry point of its own."""
    files = {path: ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
             for folder in ("aipulse", "crawlers", "index", "pipeline") for path in (ROOT / folder).rglob("*.py")}
    files[ROOT / "scheduler.py"] = "scheduler"
    known = set(files.values())
    graph: dict[str, set[str]] = {}
    for path, module in files.items():
        tree = ast.parse(path.read_text())
        entry = [node for node in tree.body if isinstance(node, ast.If) and "__main__" in ast.unparse(node.test)]
        skipped = {id(inner) for node in entry for inner in ast.walk(node)}
        found = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found |= {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
        graph[module] = {name for name in found if name in known and name != module}
    return graph


def test_imports_point_down_the_layers() -> None:
    upward = [f"{module} ({layer(module)[1]}) imports {target} ({layer(target)[1]})"
              for module, targets in project_imports().items() for target in sorted(targets)
              if layer(target)[0] > layer(module)[0]
              or (layer(target)[0] == layer(module)[0] == 1 and layer(target) != layer(module))]
    assert upward == []


def test_no_module_imports_itself_through_others() -> None:
    graph = project_imports()
    cycles = []
    for start in sorted(graph):
        came_from: dict[str, str] = {}
        frontier = [start]
        while frontier and start not in came_from:  # breadth first: can `start` be reached from itself?
            module = frontier.pop(0)
            for target in sorted(graph[module]):
                if target not in came_from:
                    came_from[target] = module
                    frontier.append(target)
        if start in came_from:
            loop, module = [start], came_from[start]
            while module != start:
                loop.append(module)
                module = came_from[module]
            cycles.append(" → ".join([start, *reversed(loop[1:]), start]))
    assert cycles == []
