"""Analyses over stored events: dyad relations, channel states, signals and charts."""
