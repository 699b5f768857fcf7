"""The code stays in small functions: radon's cyclomatic complexity and a line count per function."""

from __future__ import annotations

import ast
from pathlib import Path

from radon.complexity import cc_rank, cc_visit
from radon.visitors import Class, Function

PACKAGE = Path(__file__).resolve().parents[1] / "briefing"
MAX_COMPLEXITY = 20  # radon grade C at most: grade D starts at 21
MAX_FUNCTION_LINES = 60


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def functions(path: Path) -> list[Function]:
    """Every function radon grades in a file, methods included (radon nests them in their class)."""
    found: list[Function] = []
    for block in cc_visit(path.read_text(encoding="utf-8")):
        found.extend(block.methods if isinstance(block, Class) else [block])
    return found


def test_no_function_is_graded_d_or_worse_by_radon() -> None:
    too_complex = [
        f"{path.relative_to(PACKAGE.parent)}:{block.lineno} {block.fullname} {cc_rank(block.complexity)} "
        f"({block.complexity})"
        for path in sources()
        for block in functions(path)
        if block.complexity > MAX_COMPLEXITY
    ]
    assert not too_complex, "\n".join(too_complex)


def test_no_function_is_longer_than_sixty_lines() -> None:
    too_long = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path in sources()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and (node.end_lineno or node.lineno) - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not too_long, "\n".join(too_long)


# --- modules that fit in a head, and how they depend on each other ---------------------------------

MAX_MODULE_LINES = 600


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports (at the top, inside functions, or for type checking):
    an import of `briefing.x.y` names the module `briefing.x.y`, or the module that defines `y`."""
    modules = {module_name(path): path for path in sources()}

    def known(name: str) -> str:
        while name not in modules:
            name = name.rpartition(".")[0]
        return name

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "briefing":
                found |= {known(f"{node.module}.{alias.name}") for alias in node.names}
            elif isinstance(node, ast.Import):
                found |= {known(alias.name) for alias in node.names if alias.name.split(".")[0] == "briefing"}
        graph[name] = found - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_module_is_longer_than_six_hundred_lines() -> None:
    too_long = [
        f"{path.relative_to(PACKAGE.parent)} ({lines} lines)"
        for path in sources()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert not too_long, "\n".join(too_long)


def test_the_package_has_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


RULES = "briefing.analysis.rules"


def stage_units() -> dict[str, str]:
    """Stage name -> the module or package under rules/ that holds it; the parse stage is the runner's."""
    from briefing.analysis.rules.stages import STAGES

    units = {stage.name: stage.run.__module__.removeprefix(RULES + ".").split(".")[0] for stage in STAGES}
    return {name: unit for name, unit in units.items() if unit != "stages"}


def test_analysis_stages_do_not_import_each_other() -> None:
    """A stage imports the shared types and helpers, never another stage's modules: what one stage
    finds reaches the next through the context."""
    units = set(stage_units().values())
    assert {"parties", "attribution", "conditions", "positions", "cast", "events", "condense", "summary"} <= units
    crossing = []
    for module, imported in import_graph().items():
        if not module.startswith(RULES + "."):
            continue
        unit = module.removeprefix(RULES + ".").split(".")[0]
        for other in imported:
            other_unit = other.removeprefix(RULES + ".").split(".")[0] if other.startswith(RULES + ".") else None
            if unit in units and other_unit in units and other_unit != unit:
                crossing.append(f"{module} imports {other}")
    assert not crossing, "\n".join(sorted(crossing))


def test_every_stage_reads_only_what_an_earlier_stage_wrote() -> None:
    import dataclasses

    from briefing.analysis.rules.context import Context
    from briefing.analysis.rules.stages import STAGES

    fields = {f.name for f in dataclasses.fields(Context)}
    known = {"article", "options", "profile"}  # given when the context is made
    names = [stage.name for stage in STAGES]
    assert names == [
        "parse", "parties", "attribution", "conditions", "positions", "roles", "acts", "events", "condense",
        "summary",
    ]  # fmt: skip
    for stage in STAGES:
        missing = set(stage.inputs) - known
        assert not missing, f"stage {stage.name} reads {sorted(missing)} before any stage writes it"
        assert set(stage.outputs) <= fields, f"stage {stage.name} writes a field the context lacks"
        known |= set(stage.outputs)
    assert fields <= known, f"context fields no stage writes: {sorted(fields - known)}"
