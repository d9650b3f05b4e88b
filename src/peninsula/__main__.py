"""Run the command line: ``python -m peninsula``."""

from peninsula.cli import main

main()
