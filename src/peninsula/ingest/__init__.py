"""Ingest: read files, directories, URLs, feeds and stdin into stored articles."""
