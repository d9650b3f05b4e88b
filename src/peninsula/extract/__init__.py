"""Extract: parsed sentences to event mentions (lexicon match, PLOVER typing, modality, dates)."""
