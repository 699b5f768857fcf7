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
