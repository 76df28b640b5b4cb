"""A read-only copy of a parsed spaCy ``Doc`` whose tokens are plain Python objects.

The stance readers walk each parsed sentence some thirty times (one pass per reader, and the
helpers' own walks over children, heads and subtrees).  On a spaCy ``Doc`` every step builds
a new ``Token`` and every ``lower_``, ``tag_`` or ``dep_`` decodes its string from the
vocabulary again: that bookkeeping, not the rules, was most of the readers' time.
:func:`freeze` reads each token's words, tags, dependency and head once; the tree's other
views (children, subtree, edges, ancestors, conjuncts, the sentence) are asked of spaCy on
first use and kept.  Every answer is spaCy's own, so the readers read the same parse:
``benchmarks/draft/drafts_digest.py`` gives the same digest with and without the copy.

The copy offers the attributes the readers use, with spaCy's meaning (tokens compare by
character offset within one document, hash as spaCy's do, and the tree's views are
iterators where spaCy's are generators); any other attribute is read from the spaCy token,
span or document underneath, so a rule that reads one still works (at spaCy's speed).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

__all__ = ["FrozenDoc", "FrozenSpan", "FrozenToken", "freeze", "per_token"]

_F = TypeVar("_F", bound=Callable[..., Any])


def freeze(doc: Any) -> FrozenDoc:
    """The read-only copy of a parsed spaCy ``Doc`` (see the module's docstring)."""
    return FrozenDoc(doc)


def per_token(f: _F) -> _F:
    """Keep ``f(token)``'s answer on a :class:`FrozenToken`, for a reader called many times on
    the same token (``stance._negated`` some three times a token it is asked about).

    Only for a function whose answer is the parse's alone (the token, its tree and its
    document; no sentence state, no argument but the token) and is not changed by its
    callers (a bool, a string, a token or None, not a list).  A call with more arguments or
    on a spaCy token is passed through unkept; the copy is made afresh for each draft, so
    nothing is kept from one article to the next."""

    @functools.wraps(f)
    def kept(tok: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs or tok.__class__ is not FrozenToken:
            return f(tok, *args, **kwargs)
        memo = tok._memo
        if memo is None:
            memo = tok._memo = {}
        elif f in memo:
            return memo[f]
        out = memo[f] = f(tok)
        return out

    return cast(_F, kept)


def _normalize_slice(
    length: int, start: int | None, stop: int | None, step: Any
) -> tuple[int, int]:
    # spaCy's util.normalize_slice (a step other than 1 is refused)
    if not (step is None or step == 1):
        raise ValueError("stepped slices are not supported in spans")
    if start is None:
        start = 0
    elif start < 0:
        start += length
    start = min(length, max(0, start))
    if stop is None:
        stop = length
    elif stop < 0:
        stop += length
    stop = min(length, max(start, stop))
    return start, stop


class FrozenDoc:
    """A parsed sentence's tokens, read once from spaCy (see :func:`freeze`)."""

    __slots__ = ("_lows", "_raw", "_toks", "text")

    def __init__(self, doc: Any) -> None:
        self._raw = doc
        self.text: str = doc.text
        toks: list[FrozenToken] = []
        heads: list[int] = []
        for t in doc:
            tok = FrozenToken(self, t.i, t.text, t.lower_, t.tag_, t.dep_, t.idx)
            # (asked of every token by the count-list reader: read here, not a spaCy Token
            # built on each access)
            tok.like_num = t.like_num
            toks.append(tok)
            heads.append(t.head.i)
        # a token's children are the tokens whose head it is, in order (what spaCy's lefts and
        # rights find between the token's edges); the root is its own head, not its child
        kids: list[list[FrozenToken]] = [[] for _ in toks]
        for tok, h in zip(toks, heads):
            tok.head = toks[h]
            if h != tok.i:
                kids[h].append(tok)
        for tok, mine in zip(toks, kids):
            tok._children = tuple(mine)
        self._toks = toks
        self._lows: frozenset[str] | None = None

    @property
    def lows(self) -> frozenset[str]:
        """The set of the tokens' lower-case words (``stance._doc_words``): a reader that needs
        one of its words in the sentence tests the set, not every token."""
        if self._lows is None:
            self._lows = frozenset(t.lower_ for t in self._toks)
        return self._lows

    def __len__(self) -> int:
        return len(self._toks)

    def __iter__(self) -> Iterator[FrozenToken]:
        return iter(self._toks)

    def __getitem__(self, i: Any) -> Any:
        if i.__class__ is int:
            return self._toks[i]
        if isinstance(i, slice):
            start, end = _normalize_slice(len(self._toks), i.start, i.stop, i.step)
            return FrozenSpan(self, start, end)
        return self._toks[i]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


class FrozenToken:
    """One token of a :class:`FrozenDoc`."""

    __slots__ = (
        "_children",
        "_left_edge",
        "_memo",
        "_right_edge",
        "_subtree",
        "dep_",
        "doc",
        "head",
        "i",
        "idx",
        "like_num",
        "lower_",
        "tag_",
        "text",
    )

    def __init__(
        self, doc: FrozenDoc, i: int, text: str, lower: str, tag: str, dep: str, idx: int
    ) -> None:
        self.doc = doc
        self.i = i
        self.text = text
        self.lower_ = lower
        self.tag_ = tag
        self.dep_ = dep
        self.idx = idx
        self.head: FrozenToken = self  # set by FrozenDoc, with the children
        self._children: tuple[FrozenToken, ...] = ()
        self._subtree: tuple[FrozenToken, ...] | None = None
        self._left_edge = -1
        self._right_edge = -1
        self._memo: dict[Callable[..., Any], Any] | None = None  # see per_token
        self.like_num = False  # set by FrozenDoc

    @property
    def _spacy(self) -> Any:
        return self.doc._raw[self.i]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.doc._raw[self.i], name)

    @property
    def children(self) -> Iterator[FrozenToken]:
        return iter(self._children)

    @property
    def lefts(self) -> Iterator[FrozenToken]:
        return iter([c for c in self._children if c.i < self.i])

    @property
    def rights(self) -> Iterator[FrozenToken]:
        return iter([c for c in self._children if c.i > self.i])

    @property
    def n_lefts(self) -> int:
        return sum(1 for c in self._children if c.i < self.i)

    @property
    def n_rights(self) -> int:
        return sum(1 for c in self._children if c.i > self.i)

    @property
    def subtree(self) -> Iterator[FrozenToken]:
        if self._subtree is None:
            toks = self.doc._toks
            self._subtree = tuple(toks[c.i] for c in self.doc._raw[self.i].subtree)
        return iter(self._subtree)

    @property
    def left_edge(self) -> FrozenToken:
        if self._left_edge < 0:
            self._left_edge = self.doc._raw[self.i].left_edge.i
        return self.doc._toks[self._left_edge]

    @property
    def right_edge(self) -> FrozenToken:
        if self._right_edge < 0:
            self._right_edge = self.doc._raw[self.i].right_edge.i
        return self.doc._toks[self._right_edge]

    @property
    def ancestors(self) -> Iterator[FrozenToken]:
        toks = self.doc._toks
        return iter([toks[a.i] for a in self.doc._raw[self.i].ancestors])

    @property
    def conjuncts(self) -> tuple[FrozenToken, ...]:
        toks = self.doc._toks
        return tuple(toks[c.i] for c in self.doc._raw[self.i].conjuncts)

    @property
    def sent(self) -> FrozenSpan:
        s = self.doc._raw[self.i].sent
        return FrozenSpan(self.doc, s.start, s.end)

    def nbor(self, i: int = 1) -> FrozenToken:
        return self.doc._toks[self.doc._raw[self.i].nbor(i).i]

    def is_ancestor(self, descendant: Any) -> bool:
        if isinstance(descendant, FrozenToken):
            descendant = descendant.doc._raw[descendant.i]
        return bool(self.doc._raw[self.i].is_ancestor(descendant))

    # spaCy's Token: compared by character offset (equal only within one document), hashed
    # as (document, index), its length and string its text's
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FrozenToken):
            return False
        return self.doc is other.doc and self.idx == other.idx

    def __ne__(self, other: object) -> bool:
        if other is None:
            return True
        if not isinstance(other, FrozenToken):
            return False
        return self.doc is not other.doc or self.idx != other.idx

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, FrozenToken):
            return False
        return self.idx < other.idx

    def __le__(self, other: object) -> bool:
        if not isinstance(other, FrozenToken):
            return False
        return self.idx <= other.idx

    def __gt__(self, other: object) -> bool:
        if other is None:
            return True
        if not isinstance(other, FrozenToken):
            return False
        return self.idx > other.idx

    def __ge__(self, other: object) -> bool:
        if other is None:
            return True
        if not isinstance(other, FrozenToken):
            return False
        return self.idx >= other.idx

    def __hash__(self) -> int:
        return hash((self.doc._raw, self.i))

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


class FrozenSpan:
    """A slice of a :class:`FrozenDoc` (``doc[a:b]``, a token's sentence)."""

    __slots__ = ("doc", "end", "start")

    def __init__(self, doc: FrozenDoc, start: int, end: int) -> None:
        self.doc = doc
        self.start = start
        self.end = end

    @property
    def _spacy(self) -> Any:
        return self.doc._raw[self.start : self.end]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.doc._raw[self.start : self.end], name)

    @property
    def text(self) -> str:
        # spaCy's: the tokens' text with the whitespace between them, which is the document's
        # text from the first token's offset to the last one's end
        if self.start >= self.end:
            return ""
        last = self.doc._toks[self.end - 1]
        return self.doc.text[self.doc._toks[self.start].idx : last.idx + len(last.text)]

    @property
    def root(self) -> FrozenToken:
        return self.doc._toks[self.doc._raw[self.start : self.end].root.i]

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[FrozenToken]:
        return iter(self.doc._toks[self.start : self.end])

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            start, end = _normalize_slice(self.end - self.start, i.start, i.stop, i.step)
            return FrozenSpan(self.doc, start + self.start, end + self.start)
        k = self.end + i if i < 0 else self.start + i
        if self.start <= k < self.end:
            return self.doc._toks[k]
        raise IndexError("Index out of range in span")

    # spaCy's Span: compared and hashed as the span underneath
    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenSpan):
            other = other._spacy
        return bool(self._spacy == other)

    def __ne__(self, other: object) -> bool:
        if isinstance(other, FrozenSpan):
            other = other._spacy
        return bool(self._spacy != other)

    def __hash__(self) -> int:
        return hash(self._spacy)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__
