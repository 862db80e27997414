"""Which corpus keys denote one entity: the components of :func:`dateline.identity.same_referent`
over keys that share a blocking key, with a person's merges and splits applied.

People: a full name joins the full names that may be the same person ("Sergei Ryabkov",
"S. Ryabkov", "Sergey Ryabkov").  A **surname alone** ("Trump") joins the one person of the
corpus it can mean; when it can mean two ("Donald Trump", "Ivanka Trump") it stays apart and
:func:`cluster` lists both as its candidates.  Manual merges are applied first, then the automatic
links in name order; no link is made that would put the two keys of a split in one component.
Components are named by their smallest key, so the result depends on the set of keys and
overrides, never on the order they came in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dateline.identity import same_referent


@dataclass(frozen=True)
class Key:
    """A corpus key ``TYPE:name_key`` with its best name and blocking keys."""

    ckey: str
    name: str
    blocks: frozenset[str]

    @property
    def type(self) -> str:
        return self.ckey.split(":", 1)[0]

    @property
    def bare_surname(self) -> bool:
        """A person named by one word (a surname alone)."""
        return self.type == "PERSON" and " " not in self.ckey.split(":", 1)[1]


@dataclass
class Clusters:
    """The result: each key's canonical key, and each ambiguous surname's candidate canonicals."""

    canonical: dict[str, str] = field(default_factory=dict)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)


class UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _linkable(a: Key, b: Key) -> bool:
    """The automatic rule for two keys that share a block (surnames alone are handled apart)."""
    if a.type != b.type or a.bare_surname or b.bare_surname:
        return False
    return same_referent(a.name, b.name, a.type)


def cluster(
    keys: Iterable[Key], merges: Iterable[tuple[str, str]] = (), splits: Iterable[tuple[str, str]] = ()
) -> Clusters:
    """Components of ``keys``: manual ``merges`` first, then automatic links, none joining a split pair."""
    by_key = {k.ckey: k for k in keys}
    uf = UnionFind(sorted(by_key))
    apart = [(x, y) for x, y in splits if x in by_key and y in by_key]

    def join(one: str, two: str) -> None:
        ra, rb = uf.find(one), uf.find(two)
        if ra == rb:
            return
        for x, y in apart:
            if {uf.find(x), uf.find(y)} == {ra, rb}:
                return
        uf.union(ra, rb)

    for x, y in sorted(merges):
        if x in by_key and y in by_key:
            join(x, y)
    blocks: dict[str, list[Key]] = {}
    for k in sorted(by_key.values(), key=lambda k: k.ckey):
        for block in sorted(k.blocks):
            blocks.setdefault(block, []).append(k)
    for block in sorted(blocks):
        members = blocks[block]
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                if _linkable(first, second):
                    join(first.ckey, second.ckey)
    # a surname alone: the one person (component of full names) it may mean, else left apart
    ambiguous_roots: dict[str, set[str]] = {}
    for block in sorted(blocks):
        for bare in (k for k in blocks[block] if k.bare_surname):
            roots = {
                uf.find(k.ckey)
                for k in blocks[block]
                if not k.bare_surname and k.type == "PERSON" and same_referent(bare.name, k.name, "PERSON")
            }
            if len(roots) == 1:
                join(bare.ckey, roots.pop())
            elif len(roots) > 1:
                ambiguous_roots[bare.ckey] = roots
    members_of: dict[str, list[str]] = {}
    for ckey in by_key:
        members_of.setdefault(uf.find(ckey), []).append(ckey)
    out = Clusters()
    for component in members_of.values():
        canonical = min(component)
        for ckey in component:
            out.canonical[ckey] = canonical
    for surname, roots in ambiguous_roots.items():
        if len({out.canonical[r] for r in roots} - {out.canonical[surname]}) > 1:
            out.ambiguous[surname] = sorted({out.canonical[r] for r in roots})
    return out
