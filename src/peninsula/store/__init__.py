"""The article store: one DuckDB file. The only package that speaks SQL."""

from peninsula.store.db import Store

__all__ = ["Store"]
