"""Actors: the packaged dictionary, standard country data, and the in-text resolver."""

from peninsula.actors.dictionary import ActorDictionary, ActorEntry, ActorKind, Role, load_actors

__all__ = ["ActorDictionary", "ActorEntry", "ActorKind", "Role", "load_actors"]
