"""Recipe registry: every :class:`~mlintern_nb.plan.recipes.base.Recipe` from the entry-point group
``mlintern_nb.recipes`` (a callable returning recipes, a Recipe class or instance), keyed by family.

    [project.entry-points."mlintern_nb.recipes"]
    builtin = "mlintern_nb.plan.recipes:builtin_recipes"

The planner plans exactly the families listed by :func:`families`; the reader's vocabulary
(``mlintern_nb.paper.spec.TASK_FAMILIES``) is separate and may name families no recipe plans yet.
"""
from __future__ import annotations

import logging
from importlib.metadata import entry_points

from .recipes.base import Recipe

log = logging.getLogger(__name__)
GROUP = "mlintern_nb.recipes"
BUILTIN = "mlintern_nb.plan.recipes:builtin_recipes"
_registry: dict[str, Recipe] | None = None


def _as_recipes(obj) -> list[Recipe]:
    if isinstance(obj, type):
        obj = obj()
    elif callable(obj) and not isinstance(obj, Recipe):
        obj = obj()
    if isinstance(obj, Recipe):
        return [obj]
    return [r for r in (obj or []) if isinstance(r, Recipe)]


def _add(found: dict[str, Recipe], recipe: Recipe, origin: str) -> None:
    if not recipe.family:
        log.warning("mlintern: recipe %r from %s names no family; ignored", recipe, origin)
        return
    if recipe.family in found and found[recipe.family] is not recipe:
        log.warning("mlintern: recipe for %s from %s replaces %r", recipe.family, origin, found[recipe.family])
    found[recipe.family] = recipe


def recipes(refresh: bool = False) -> dict[str, Recipe]:
    """Family -> recipe, in recipe priority order. Built-ins first (also from a source tree without
    installed metadata), then plug-ins; a plug-in for a family replaces the built-in."""
    global _registry
    if _registry is None or refresh:
        from .recipes import builtin_recipes
        found: dict[str, Recipe] = {}
        for r in builtin_recipes():
            _add(found, r, "builtin")
        for ep in entry_points(group=GROUP):
            if ep.value == BUILTIN:
                continue
            try:
                for r in _as_recipes(ep.load()):
                    _add(found, r, ep.name)
            except Exception as exc:  # a broken plug-in must not break planning
                log.warning("mlintern: recipe plug-in %s failed to load: %s", ep.name, exc)
        _registry = dict(sorted(found.items(), key=lambda kv: (kv[1].priority, kv[0])))
    return dict(_registry)


def register(recipe: Recipe) -> None:
    """Add (or replace) a recipe at run time (tests, notebooks)."""
    global _registry
    found = recipes()
    _add(found, recipe, "register()")
    _registry = dict(sorted(found.items(), key=lambda kv: (kv[1].priority, kv[0])))


def get(family: str) -> Recipe | None:
    """The recipe for ``family``, or None."""
    return recipes().get(family)


def families() -> tuple[str, ...]:
    """The families the planner can plan, in priority order."""
    return tuple(recipes())


def family_rules() -> list[tuple[str, str, int]]:
    """``(family, regex, weight)`` detection keywords of every recipe, for a reader that scores
    a paper's title and abstract."""
    return [(fam, pat, w) for fam, r in recipes().items() for pat, w in r.keywords]


__all__ = ["GROUP", "families", "family_rules", "get", "recipes", "register"]
