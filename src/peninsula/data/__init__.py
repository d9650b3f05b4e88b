"""Packaged data files: boilerplate phrases, outlets, and (later) actors and lexicons."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_yaml(name: str) -> Any:
    """Load a packaged YAML data file by name, e.g. ``boilerplate.yaml``."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)
