"""The library API the README's "From Python" shows is exported from the package root, lazily."""

from __future__ import annotations

import importlib
import subprocess
import sys

import briefing


def test_every_exported_name_is_the_object_its_module_defines() -> None:
    assert set(briefing.__all__) == {*briefing._API, "__version__"}
    for name, module in briefing._API.items():
        assert getattr(briefing, name) is getattr(importlib.import_module(module), name), name


def test_the_readme_example_imports_from_the_root() -> None:
    from briefing import Options, generate_one
    from briefing.pipeline import Options as PipelineOptions
    from briefing.pipeline import generate_one as pipeline_generate_one

    assert (Options, generate_one) == (PipelineOptions, pipeline_generate_one)


def test_importing_the_package_imports_none_of_the_library() -> None:
    """`briefing --version` and `--help` pay for nothing they do not use."""
    code = "import sys, briefing; print(sorted(m for m in sys.modules if m.startswith('briefing.') or m == 'spacy'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        briefing.no_such_thing  # noqa: B018
    except AttributeError as error:
        assert "no_such_thing" in str(error)
    else:
        raise AssertionError("briefing.no_such_thing resolved")
