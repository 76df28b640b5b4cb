"""The scanner's word analysis over a whole piece of text at once (numpy over code points).

:func:`concilium.text.confusables.analyse` reads a text word by word in Python, caching the
analysis of each spelling.  That is fast on prose, where spellings repeat, and slow (about
25 µs a word) where every word is new: short lines of distinct mixed-script words, or text
dense with invisible characters, whose analysis depends on the neighbours.  The scanner
(:mod:`concilium.text.scan`) uses this module instead; the results are the same, word for
word (``tests/text/test_scan_equivalence.py`` compares the two on random and hostile text, and
``benchmarks/scan/equivalence.py`` on every benchmark shape).

How: the piece becomes an array of code points; every distinct code point gets a *slot* and
its facts are worked out once in Python (class code, script, anchor, whether it is invisible
or a compatibility form, and per target script its cost and look-alike twin, all from the same
tables as :mod:`~concilium.text.confusables`).  The word analysis then reduces to these
per-character facts, summed or compared per word with numpy:

* words are the runs of non-separator class codes; a word is *suspect* when it holds an
  invisible or compatibility character or letters of two scripts (the ``suspect_re`` of
  :class:`~concilium.text.confusables._Tables`);
* a line's anchors are counted per script (sums between line ends), its dominant
  script (``top``) and whether it leads strictly follow, and the document's anchor counts
  before each line are a cumulative sum over the earlier lines that hold suspect words (the
  streaming ``context`` of :func:`~concilium.text.confusables.analyse`);
* the expected script of a mixed word is the lexicographic minimum, over the candidate scripts
  (the word's own, and the line's dominant one among Latin, Greek and Cyrillic), of (letters
  that cannot be mapped into it, minus the line's anchors, minus the document's, minus the
  word's letters of that script, the script's code): exactly the order of
  :func:`~concilium.text.confusables._expected`;
* each letter of another script is a look-alike of its twin in the expected script, or
  *foreign* if it has none; compatibility forms are marked by their NFKC form; invisible
  characters are marked unless they do a job where they stand (the three rules of
  :func:`~concilium.text.confusables._legit_invisible`, vectorised).

Words with CJK letters and letters of other scripts are cut at the script changes first, as
:func:`~concilium.text.confusables._word_templates` does (Japanese "東京のNАTO事務所" is three
units), and Han may mix with Hiragana/Katakana, Hangul or Bopomofo without a finding (TR39's
augmented script sets).  Only when one batch of words holds letters of more than
:data:`MAX_COLUMNS` scripts do the words with the rarest ones go to the Python analysis
(:func:`~concilium.text.confusables._word_templates`, with its cache).  Whole words in a
look-alike script (``isolated``) keep :func:`~concilium.text.confusables._isolated_words`,
which is given only the lines that hold a candidate and looks the reported words up in arrays.

Memory: the arrays of a piece take a few tens of bytes per character; the words are analysed
in batches of about :data:`BATCH` characters (a longer word on its own), and the scanner
counts the marks in batches of whole words and feeds long texts in parts of whole lines, so
the peak is bounded by the longest line the scanner is given (``scan_file`` cuts lines longer
than 4 Mi characters at a space).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np

from concilium.text import confusables as conf
from concilium.text.confusables import _CODE_BASE, _NO_JOINER_SCRIPTS, _is_emoji

__all__ = ["KINDS", "MAX_COLUMNS", "Facts", "Piece", "analyse_piece", "groups"]

K_HOMOGLYPH, K_ISOLATED, K_INVISIBLE, K_COMPATIBILITY = 0, 1, 2, 3
KINDS = (
    conf.KIND_HOMOGLYPH,
    conf.KIND_ISOLATED,
    conf.KIND_INVISIBLE,
    conf.KIND_COMPATIBILITY,
)
KIND_CODE = {k: i for i, k in enumerate(KINDS)}
MAX_COLUMNS = 12  # scripts compared per batch in arrays; words of rarer ones go to Python
BATCH = 1 << 18  # characters of suspect words analysed at once (a longer word: on its own)

_FIELDS = (
    ("cp", np.int64),
    ("sep", np.bool_),  # class code " " or newline: between words
    ("inv", np.bool_),  # invisible (default-ignorable, not a variation selector)
    ("compat", np.bool_),  # compatibility form of a letter or digit
    ("spec", np.bool_),  # inv or compat
    ("letter", np.int16),  # script id if the class code is a letter's script, else -1
    ("sid", np.int16),  # script id (Script property)
    ("neutral", np.bool_),  # Common, Inherited or Unknown
    ("cjk", np.bool_),  # Han, Hiragana, Katakana, Hangul, Bopomofo
    ("alien", np.bool_),  # neither neutral nor CJK
    ("anchor", np.int8),  # index in trio_list of an anchor letter's script, else -1
    ("nojoin", np.bool_),  # script in _NO_JOINER_SCRIPTS
    ("inherited", np.bool_),
    ("emoji", np.bool_),
    ("mod", np.bool_),  # variation selector 15/16 or skin tone modifier
    ("tag", np.bool_),  # tag character U+E0020..U+E007F
    ("compat_like", np.int32),  # like id of the NFKC form (compatibility forms)
    ("class_cp", np.uint32),  # the class code of confusables._ClassCodes, as a code point
)


class Facts:
    """Per-code-point facts in slots (assigned on first sight), and interned look-alike
    strings ("likes": what a marked character is replaced by; id 0 is "", removal)."""

    def __init__(self, t: conf._Tables) -> None:
        self.t = t
        self.slot_of = np.full(0x110000, -1, dtype=np.int32)
        self._rows: list[tuple] = []
        self._built = 0
        self.a = SimpleNamespace(**{name: np.zeros(0, dtype) for name, dtype in _FIELDS})
        self.likes: list[str] = []
        self._like_ids: dict[str, int] = {}
        self._like_built = 0
        self.like_cp = np.zeros(0, np.uint32)  # the like's code point if it is one character
        self.like_len = np.zeros(0, np.int64)
        self.like_id("")
        self.trio = list(t.trio_list)
        self.trio_sids = [ord(c) - _CODE_BASE for c in self.trio]
        self.compatible_sids = [sorted(ord(c) - _CODE_BASE for c in s) for s in t.compatible_sets]
        # target script id -> (cost, twin like id or -1, computed) per slot
        self._targets: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}

    def like_id(self, s: str) -> int:
        i = self._like_ids.get(s)
        if i is None:
            i = self._like_ids[s] = len(self.likes)
            self.likes.append(s)
        return i

    def like_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        if self._like_built != len(self.likes):
            new = self.likes[self._like_built :]
            self.like_cp = np.concatenate(
                [self.like_cp, np.array([ord(s) if len(s) == 1 else 0 for s in new], np.uint32)]
            )
            self.like_len = np.concatenate([self.like_len, np.array(list(map(len, new)))])
            self._like_built = len(self.likes)
        return self.like_cp, self.like_len

    def slots(self, cps: np.ndarray) -> np.ndarray:
        """The slot of every code point (new ones get their facts worked out first)."""
        s = self.slot_of[cps]
        if s.size and s.min() < 0:
            for cp in _distinct(cps[s < 0]).tolist():
                self._add(cp)
            s = self.slot_of[cps]
            new = self._rows[self._built :]
            cols = list(zip(*new))
            for (name, dtype), col in zip(_FIELDS, cols):
                setattr(self.a, name, np.concatenate([getattr(self.a, name), np.array(col, dtype)]))
            self._built = len(self._rows)
        return s

    def _add(self, cp: int) -> None:
        t = self.t
        ch = chr(cp)
        cls = t.classes[cp]
        code = t.codes[cp]
        sid = ord(code) - _CODE_BASE
        name = t.script_names[sid]
        anchor = t.anchors[cp]
        inv, compat = cls == conf._INVISIBLE, cls == conf._COMPAT
        self.slot_of[cp] = len(self._rows)
        self._rows.append(
            (
                cp,
                cls in " \n",
                inv,
                compat,
                inv or compat,
                sid if ord(cls) >= _CODE_BASE else -1,
                sid,
                code in t.neutral,
                code in t.cjk,
                code not in t.neutral and code not in t.cjk,
                self.trio.index(anchor) if anchor else -1,
                name in _NO_JOINER_SCRIPTS,
                name == "Inherited",
                _is_emoji(ch),
                ch in "\ufe0f\ufe0e" or 0x1F3FB <= cp <= 0x1F3FF,
                0xE0020 <= cp <= 0xE007F,
                self.like_id(unicodedata.normalize("NFKC", ch)) if compat else 0,
                ord(cls),
            )
        )

    def target(self, sid: int, need: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per slot, for target script ``sid``: whether the character cannot be written in it
        (``_CostMap``) and the like id of its twin there (-1: none, or not a foreign letter);
        worked out for the slots in ``need`` not done yet."""
        n = len(self._rows)
        got = self._targets.get(sid)
        if got is None or len(got[0]) < n:
            old = got or (np.zeros(0, bool), np.zeros(0, np.int32), np.zeros(0, bool))
            k = n - len(old[0])
            got = (
                np.concatenate([old[0], np.zeros(k, bool)]),
                np.concatenate([old[1], np.full(k, -1, np.int32)]),
                np.concatenate([old[2], np.zeros(k, bool)]),
            )
            self._targets[sid] = got
        cost, twin, done = got
        todo = need[~done[need]]
        if todo.size:
            t = self.t
            code = chr(_CODE_BASE + sid)
            cost_map = t.cost_map(code)
            a = self.a
            for s in todo.tolist():
                cp = int(a.cp[s])
                cost[s] = cost_map[cp] == "x"
                if a.sid[s] != sid and not a.neutral[s]:
                    tw = t.counterpart(chr(cp), code)
                    twin[s] = -1 if tw is None else self.like_id(tw)
                done[s] = True
        return cost, twin


@dataclass
class Piece:
    """The findings of one piece: reported words (with marks or foreign letters) in text
    order, and their marks and foreign letters in position order."""

    cps: np.ndarray  # the piece's code points
    slots: np.ndarray  # and their slots in Facts
    start: np.ndarray  # per word
    end: np.ndarray
    isolated: np.ndarray  # bool: a whole word in a look-alike script
    expected: np.ndarray  # script id of the expected script, -1 for none
    template: dict[int, tuple]  # word -> its Python analysis (confusables template), if any
    nmarks: np.ndarray
    nforeign: np.ndarray
    m_pos: np.ndarray  # per mark
    m_kind: np.ndarray
    m_like: np.ndarray
    m_word: np.ndarray
    f_pos: np.ndarray  # per foreign letter


_I64 = np.int64
_BIG = np.iinfo(np.int64).max


def _distinct(x: np.ndarray) -> np.ndarray:
    """The distinct values of an array of small non-negative integers (slots, script ids,
    line numbers), sorted: a bit per value, linear (``np.unique`` sorts or hashes)."""
    if not len(x):
        return np.zeros(0, np.int64)
    seen = np.zeros(int(x.max()) + 1, bool)
    seen[x] = True
    return np.flatnonzero(seen)


def groups(keys: np.ndarray, within: np.ndarray | None = None, inverse: bool = False) -> tuple:
    """Group equal ``keys``: ``(distinct keys, index of each one's first occurrence, group
    of each element (with ``inverse``, else None), size of each group, distinct values of
    ``within`` per group (if given, else None))``.

    ``within`` must be non-decreasing along the array (the word of each mark, marks being
    in text order): after a stable sort by key it is still non-decreasing inside each group,
    so its distinct values are counted by its changes.
    """
    order = np.argsort(keys, kind="stable")
    ks = keys[order]
    head = np.ones(len(ks), bool)
    head[1:] = ks[1:] != ks[:-1]
    starts = np.flatnonzero(head)
    group = np.cumsum(head, dtype=np.int32) - 1
    back = None
    if inverse:
        back = np.empty(len(ks), np.int32)
        back[order] = group
    sizes = np.diff(np.append(starts, len(ks)))
    distinct = None
    if within is not None:
        ws = within[order]
        change = head.copy()
        change[1:] |= ws[1:] != ws[:-1]
        distinct = np.bincount(group[change], minlength=len(starts))
    return ks[starts], order[starts], back, sizes, distinct


def _legit(cps: np.ndarray, slots: np.ndarray, a: SimpleNamespace, ip: np.ndarray) -> np.ndarray:
    """Which invisible characters (at positions ``ip``) do a job where they stand: the rules
    of :func:`confusables._legit_invisible`, over arrays."""
    n = len(cps)
    out = np.zeros(len(ip), bool)
    ch = cps[ip]
    both = (ip > 0) & (ip + 1 < n)
    joiner = ((ch == 0x200C) | (ch == 0x200D)) & both
    if joiner.any():
        j = ip[joiner]
        sp, sn = slots[j - 1], slots[j + 1]
        ok = ~a.nojoin[sp] & ((a.sid[sn] == a.sid[sp]) | a.inherited[sn])
        zwj = ch[joiner] == 0x200D
        if zwj.any():
            # emoji ZWJ sequence: the character before (skipping variation selectors and skin
            # tones, but not past the start) and the one after are emoji
            idx = np.where(a.mod[slots], 0, np.arange(n))
            last = np.maximum.accumulate(idx)
            ok |= zwj & a.emoji[slots[last[j - 1]]] & a.emoji[sn]
        out[joiner] = ok
    tag = (ch >= 0xE0020) & (ch <= 0xE007F) & (ip > 0)
    if tag.any():
        # tags of a subdivision flag: the run of tags follows U+1F3F4 (waving black flag)
        idx = np.where(a.tag[slots], -1, np.arange(n))
        q = np.maximum.accumulate(idx)[ip[tag] - 1]
        out[tag] |= (q >= 0) & (cps[np.maximum(q, 0)] == 0x1F3F4)
    return out


def analyse_piece(
    text: str, fx: Facts, context: Counter, memo: dict, isolated: bool = True
) -> Piece | None:
    """The findings of ``text`` (one piece of a streamed text), as
    ``confusables._suspects(text, context, isolated, memo)`` finds them; ``context`` (the
    document's anchor counts so far) is updated the same way."""
    if text.isascii():
        return None
    t = fx.t
    if len(memo) > conf.MEMO_LIMIT:
        memo.clear()
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    slots = fx.slots(cps)
    a = fx.a
    trio = fx.trio

    # words: runs of non-separators
    isword = ~a.sep[slots]
    edges = np.diff(isword.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts: np.ndarray = np.flatnonzero(edges == 1)
    ends: np.ndarray = np.flatnonzero(edges == -1)
    if len(cps) < 1 << 31:  # positions as int32 (half the memory)
        starts, ends = starts.astype(np.int32), ends.astype(np.int32)
    del edges
    letter = a.letter[slots]
    if len(starts):
        # reduceat over [start_i, start_i+1): the separators in between change nothing
        lmax = np.maximum.reduceat(letter, starts)
        lmin = np.minimum.reduceat(np.where(letter >= 0, letter, np.int16(32767)), starts)
        anyspec = np.logical_or.reduceat(a.spec[slots], starts)
        anycjk = np.logical_or.reduceat(a.cjk[slots], starts)
    else:
        lmax = lmin = np.zeros(0, np.int16)
        anyspec = anycjk = np.zeros(0, bool)
    suspect = anyspec | ((lmax >= 0) & (lmin != lmax))

    # lines: anchors per script, dominant script, strictness, document counts before
    nl_pos = np.flatnonzero(cps == 10)
    nlines = len(nl_pos) + 1
    anc = a.anchor[slots]
    anchors = np.stack([_per_line(anc == k, nl_pos) for k in range(3)], axis=1)
    del anc
    n1, n2, n3 = anchors[:, 0], anchors[:, 1], anchors[:, 2]
    top = np.where((n1 >= n2) & (n1 >= n3), 0, np.where(n2 >= n3, 1, 2))
    ranked = np.sort(anchors, axis=1)
    top[ranked[:, 2] == 0] = -1
    strict = ranked[:, 2] > ranked[:, 1]
    del ranked
    # a word's line: the newlines before its start (a word holds no newline)
    word_line = np.searchsorted(nl_pos, starts)
    sus_line = np.zeros(nlines, bool)
    sus_line[word_line[suspect]] = True
    paid = anchors * sus_line[:, None]
    doc = np.cumsum(paid, axis=0) - paid + np.array([context[c] for c in trio], _I64)

    def line_context(line: int) -> tuple[dict[str, int], str, bool]:
        counts = anchors[line].tolist()
        k = int(top[line])
        return dict(zip(trio, counts)), (trio[k] if k >= 0 else ""), bool(strict[line])

    # words analysed in arrays (in batches of about BATCH characters, so that memory stays
    # moderate); words with letters of more than MAX_COLUMNS scripts in a batch: Python
    simple = suspect.copy()
    # words with CJK and other letters are cut at the script changes (confusables' cjk_split_re)
    split = anycjk & np.logical_or.reduceat(a.alien[slots], starts) if len(starts) else anycjk
    index = np.flatnonzero(simple)
    lengths = np.cumsum(ends[index] - starts[index])
    parts = []
    b0 = 0
    while b0 < len(index):
        done = int(lengths[b0 - 1]) if b0 else 0
        b1 = max(b0 + 1, int(np.searchsorted(lengths, done + BATCH, side="right")))
        batch = index[b0:b1]
        for _attempt in range(2):
            us, ue, uw = _units(fx, slots, starts[batch], ends[batch], split[batch])
            part = _simple_words(fx, cps, slots, us, ue, word_line[batch][uw], top, anchors, doc)
            if not isinstance(part, np.ndarray):
                break
            # too many scripts: the words of units with rare ones go to Python
            bad = np.zeros(len(batch), bool)
            bad[uw[part]] = True
            simple[batch[bad]] = False
            batch = batch[~bad]
        assert not isinstance(part, np.ndarray)
        parts.append(part)
        b0 = b1
    del lengths, index
    res = _concat(parts, cps)

    # Python analysis of the other suspect words (CJK, rare scripts), as _suspects does it
    py_words: list[tuple[int, tuple]] = []
    complex_ = suspect & ~simple
    if complex_.any():
        for s, e, line in zip(
            starts[complex_].tolist(), ends[complex_].tolist(), word_line[complex_].tolist()
        ):
            line_anchors, line_top, line_strict = line_context(line)
            word = text[s:e]
            key = (word, line_top, line_strict)
            hit = memo.get(key)
            if hit is None:
                dc = Counter({c: int(v) for c, v in zip(trio, doc[line].tolist()) if v})
                hit, cacheable = conf._word_templates(
                    t, text, s, word, line_anchors, line_top, line_strict, dc
                )
                if cacheable:
                    memo[key] = hit
            for tpl in hit:
                py_words.append((s + tpl[0], tpl))

    # the document's anchors now include every line with a suspect word
    for c, v in zip(trio, paid.sum(axis=0).tolist()):
        if v:
            context[c] += v

    if isolated:
        py_words.extend(
            _isolated(
                fx,
                text,
                slots,
                letter,
                starts,
                lmin,
                lmax,
                anyspec,
                word_line,
                top,
                line_context,
                nl_pos,
                res,
                py_words,
                memo,
            )
        )
    return _merge(fx, cps, slots, res, py_words)


def _units(
    fx: Facts, slots: np.ndarray, ss: np.ndarray, se: np.ndarray, split: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The units of analysis of the words [ss, se): the word itself, or for a word with CJK
    and other letters (``split``) its runs as ``confusables._Tables.cjk_split_re`` cuts them
    (a CJK letter starts a CJK run, which takes the neutral characters after it; anything else
    starts a run of everything but CJK letters).  Returns (starts, ends, word index)."""
    if not split.any():
        return ss, se, np.arange(len(ss))
    a = fx.a
    idx = np.flatnonzero(split)
    pos, wid = _positions(ss[idx], se[idx], len(slots))
    sl = slots[pos]
    neutral, cjk = a.neutral[sl], a.cjk[sl]
    lens = se[idx] - ss[idx]
    first = (np.cumsum(lens) - lens)[wid]  # index of each position's word's first position
    last = np.maximum.accumulate(np.where(neutral, -1, np.arange(len(pos))))
    # a neutral character joins the run of the last non-neutral one before it in the word
    kind = np.where(last >= first, cjk[np.maximum(last, 0)], False)
    head = np.ones(len(pos), bool)
    head[1:] = (kind[1:] != kind[:-1]) | (wid[1:] != wid[:-1])
    heads = np.flatnonzero(head)
    tails = np.append(heads[1:], len(pos)) - 1
    keep = np.flatnonzero(~split)
    us = np.concatenate([ss[keep], pos[heads].astype(ss.dtype)])
    ue = np.concatenate([se[keep], (pos[tails] + 1).astype(se.dtype)])
    uw = np.concatenate([keep, idx[wid[heads]]])
    order = np.argsort(us, kind="stable")
    return us[order], ue[order], uw[order]


def _per_line(flags: np.ndarray, nl_pos: np.ndarray) -> np.ndarray:
    """How many of ``flags`` are set on each line (lines end at the newlines ``nl_pos``)."""
    n = len(flags)
    starts = np.concatenate([[0], nl_pos + 1])
    out = np.zeros(len(starts), _I64)
    inside = starts < n  # a text ending with a newline ends with an empty line
    if n:
        out[inside] = np.add.reduceat(flags, starts[inside], dtype=_I64)
    return out


def _concat(parts: list[SimpleNamespace], cps: np.ndarray) -> SimpleNamespace:
    """One result from the batches of :func:`_simple_words` (word indexes made global)."""
    if len(parts) == 1:
        return parts[0]
    if not parts:
        e64, e32 = np.zeros(0, _I64), np.zeros(0, np.int32)
        return SimpleNamespace(
            start=e64,
            end=e64,
            expected=np.zeros(0, np.int16),
            m_pos=e64,
            m_kind=np.zeros(0, np.int8),
            m_like=e32,
            m_word=e32,
            f_pos=e64,
            f_word=e32,
        )
    offsets = np.cumsum([0] + [len(p.start) for p in parts[:-1]])
    out = SimpleNamespace()
    for name in ("start", "end", "expected", "m_pos", "m_kind", "m_like", "f_pos"):
        setattr(out, name, np.concatenate([getattr(p, name) for p in parts]))
    for name in ("m_word", "f_word"):
        setattr(
            out,
            name,
            np.concatenate([getattr(p, name) + np.int32(o) for p, o in zip(parts, offsets)]),
        )
    return out


def _positions(ss: np.ndarray, se: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The positions of the words [ss, se) of a piece of ``n`` characters, concatenated, and
    the word index of each."""
    dtype = np.int32 if n < 1 << 31 else _I64
    lens = se - ss
    total = int(lens.sum())
    wid = np.repeat(np.arange(len(ss), dtype=np.int32), lens)
    pos = np.arange(total, dtype=dtype)
    if len(ss):
        pos = pos + np.repeat((ss - (np.cumsum(lens) - lens)).astype(dtype), lens)
    return pos, wid


def _simple_words(
    fx: Facts,
    cps: np.ndarray,
    slots: np.ndarray,
    ss: np.ndarray,
    se: np.ndarray,
    wline: np.ndarray,
    top: np.ndarray,
    anchors: np.ndarray,
    doc: np.ndarray,
) -> SimpleNamespace | np.ndarray:
    """Analyse the words [ss, se) in arrays.  If they hold letters of more than
    :data:`MAX_COLUMNS` scripts, return instead which words hold a script other than Latin,
    Greek, Cyrillic and the most frequent others (those go to the Python analysis)."""
    a = fx.a
    pos, wid = _positions(ss, se, len(cps))
    W = len(ss)
    sl = slots[pos]
    sid_p = a.sid[sl]
    neu_p = a.neutral[sl]
    present_sids = _distinct(sid_p[~neu_p]).tolist()
    cols = sorted(set(present_sids) | set(fx.trio_sids))
    if len(cols) > MAX_COLUMNS:
        letters = sid_p[~neu_p]
        freq = Counter(dict(enumerate(np.bincount(letters).tolist())))
        for s in fx.trio_sids:
            freq.pop(s, None)
        keep = fx.trio_sids + [s for s, _ in freq.most_common(MAX_COLUMNS - 3)]
        bad = ~np.isin(sid_p, keep) & ~neu_p
        offs = np.cumsum(se - ss) - (se - ss)
        return np.logical_or.reduceat(bad, offs)
    C = len(cols)
    col_of = np.full(len(fx.t.script_names), -1, np.int8)  # neutral scripts are no column
    col_of[cols] = np.arange(C)
    colp = col_of[sid_p]
    del sid_p, neu_p
    has = colp >= 0
    wkey = wid[has].astype(np.int32 if W * C < 1 << 31 else _I64) * C + colp[has]
    cnt = np.bincount(wkey, minlength=W * C).reshape(W, C)
    del wkey
    present = cnt > 0
    npresent = present.sum(axis=1)
    mixed = npresent >= 2
    # Han may mix with Hiragana/Katakana, Hangul or Bopomofo (confusables' compatible sets)
    together = np.zeros((C, C), bool)  # columns allowed together in one word
    for group in fx.compatible_sids:
        inside = np.isin(cols, group)
        if inside.sum() >= 2:
            mixed &= (present & ~inside).any(axis=1)
            together |= inside[:, None] & inside[None, :]
    uniq_sl = _distinct(sl)
    # expected script; a word of one script, or of a compatible mix: its most frequent script
    # (ties: the lowest code, as max(sorted(present), key=count) picks)
    ecol = np.where(npresent > 0, cnt.argmax(axis=1), -1).astype(np.int8)
    mw = np.flatnonzero(mixed)
    if len(mw):
        mixed_p = mixed[wid]
        sl_m = sl[mixed_p]
        remap = np.cumsum(mixed, dtype=np.int32) - 1  # word index -> index among mixed words
        wm = remap[wid[mixed_p]]
        del mixed_p
        M = len(mw)
        ncost = np.zeros((M, C), _I64)
        for j, c in enumerate(cols):
            cost, _ = fx.target(c, uniq_sl)
            ncost[:, j] = np.bincount(wm[cost[sl_m]], minlength=M)
        del sl_m, wm
        lines = wline[mw]
        L = np.zeros((M, C), _I64)
        D = np.zeros((M, C), _I64)
        cand = present[mw].copy()
        for k, tsid in enumerate(fx.trio_sids):
            j = cols.index(tsid)
            L[:, j] = anchors[lines, k]
            D[:, j] = doc[lines, k]
            cand[:, j] |= top[lines] == k
        mask = cand
        for key in (ncost, -L, -D, -cnt[mw]):
            v = np.where(mask, key, _BIG)
            mask &= v == v.min(axis=1)[:, None]
        ecol[mw] = mask.argmax(axis=1)
    col_arr = np.array(cols, np.int32)
    esid = np.where(ecol >= 0, col_arr[np.maximum(ecol, 0)], -1)

    inv_p = a.inv[sl]
    comp_p = a.compat[sl] & ~inv_p
    ecol_p = ecol[wid]
    other = mixed[wid] & has & ~inv_p & ~comp_p & (colp != ecol_p)
    if together.any():  # Hiragana in a Han-based Japanese word etc.: no finding
        other &= ~together[np.maximum(colp, 0), np.maximum(ecol_p, 0)]
    like_p = np.full(len(pos), -1, np.int32)
    if other.any():
        for j in _distinct(ecol_p[other]).tolist():
            m = other & (ecol_p == j)
            _, twin = fx.target(cols[j], uniq_sl)
            like_p[m] = twin[sl[m]]
    foreign = other & (like_p < 0)
    homo = other & (like_p >= 0)
    inv_mark = inv_p.copy()
    if inv_p.any():
        ii = np.flatnonzero(inv_p)
        inv_mark[ii[_legit(cps, slots, a, pos[ii])]] = False
    mk = np.flatnonzero(homo | inv_mark | comp_p)
    i8 = np.int8
    kind = np.where(
        homo[mk], i8(K_HOMOGLYPH), np.where(comp_p[mk], i8(K_COMPATIBILITY), i8(K_INVISIBLE))
    )
    like = np.where(homo[mk], like_p[mk], np.where(comp_p[mk], a.compat_like[sl[mk]], 0))
    fi = np.flatnonzero(foreign)
    return SimpleNamespace(
        start=ss,
        end=se,
        expected=esid.astype(np.int16),
        m_pos=pos[mk],
        m_kind=kind,
        m_like=like.astype(np.int32),
        m_word=wid[mk],
        f_pos=pos[fi],
        f_word=wid[fi],
    )


def _isolated(
    fx: Facts,
    text: str,
    slots: np.ndarray,
    letter: np.ndarray,
    starts: np.ndarray,
    lmin: np.ndarray,
    lmax: np.ndarray,
    anyspec: np.ndarray,
    word_line: np.ndarray,
    top: np.ndarray,
    line_context: Callable[[int], tuple[dict[str, int], str, bool]],
    nl_pos: np.ndarray,
    res: SimpleNamespace,
    py_words: list[tuple[int, tuple]],
    memo: dict,
) -> list[tuple[int, tuple]]:
    """Whole words in a look-alike script (``confusables._isolated_words``), on the lines
    that can hold one: a line with letters of two of Latin, Greek and Cyrillic, and a word
    wholly in one of them (digits and apostrophes aside) other than the line's dominant."""
    t = fx.t
    if not len(starts):
        return []
    tri = np.full(len(t.script_names) + 1, -1, np.int8)  # script id -> index in trio; -1 -> -1
    tri[fx.trio_sids] = np.arange(3)
    wl = word_line
    wk = tri[lmax]
    ok = ~anyspec & (lmin == lmax) & (wk >= 0) & (top[wl] >= 0) & (wk != top[wl])
    if not ok.any():
        return []
    # letters of each trio script per line (class codes: compatibility forms are not letters)
    lk = tri[letter]
    present = [_per_line(lk == k, nl_pos) > 0 for k in range(3)]
    two = present[0].astype(np.int8) + present[1] + present[2] >= 2
    del lk
    lines = _distinct(wl[ok & two[wl]])
    if not len(lines):
        return []
    line_starts = [0 if ln == 0 else int(nl_pos[ln - 1]) + 1 for ln in lines.tolist()]

    # the reported words (arrays and Python) by start, with their expected script
    reported_w = np.zeros(len(res.start), bool)
    reported_w[res.m_word] = True
    reported_w[res.f_word] = True
    r_start, r_exp = res.start[reported_w], res.expected[reported_w].astype(np.int16)
    if py_words:
        r_start = np.concatenate([r_start, np.array([s for s, _ in py_words], _I64)])
        names = [tpl[3] for _, tpl in py_words]
        r_exp = np.concatenate(
            [r_exp, np.array([t.script_index[n] if n else -1 for n in names], np.int16)]
        )
        order = np.argsort(r_start, kind="stable")
        r_start, r_exp = r_start[order], r_exp[order]
    names_of = t.script_names

    def reported(pos: int) -> str | None:
        i = int(np.searchsorted(r_start, pos))
        if i < len(r_start) and r_start[i] == pos:
            e = int(r_exp[i])
            return names_of[e] if e >= 0 else ""
        return None

    codes = fx.a.class_cp[slots].tobytes().decode("utf-32-le")
    nl_list = nl_pos.tolist()

    def ctx(base: int) -> tuple[dict[str, int], str, bool]:
        return line_context(bisect_left(nl_list, base))

    return conf._isolated_words(t, text, codes, reported, ctx, memo, line_starts)


def _merge(
    fx: Facts,
    cps: np.ndarray,
    slots: np.ndarray,
    res: SimpleNamespace,
    py_words: list[tuple[int, tuple]],
) -> Piece:
    """One list of reported words in text order, with their marks and foreign letters."""
    t = fx.t
    W0 = len(res.start)
    reported = np.zeros(W0, bool)
    reported[res.m_word] = True
    reported[res.f_word] = True
    m_word = res.m_word
    if reported.all():
        start, end, expected = res.start, res.end, res.expected
    else:
        keep = np.flatnonzero(reported)
        remap = np.cumsum(reported, dtype=np.int32) - 1
        start, end, expected = res.start[keep], res.end[keep], res.expected[keep]
        m_word = remap[m_word]
    W = len(start)
    iso = np.zeros(W, bool)
    m_pos, m_kind, m_like, f_pos = res.m_pos, res.m_kind, res.m_like, res.f_pos
    templates: list = []
    if py_words:  # Python-analysed words: add, then put everything in text order
        ps: list[int] = []
        pe: list[int] = []
        pexp: list[int] = []
        piso: list[bool] = []
        mp: list[int] = []
        mk: list[int] = []
        ml: list[int] = []
        mw: list[int] = []
        fp: list[int] = []
        like_id = fx.like_id
        index = t.script_index
        for k, (s, tpl) in enumerate(py_words):
            word, marks, foreign = tpl[1], tpl[4], tpl[5]
            ps.append(s)
            pe.append(s + len(word))
            pexp.append(index[tpl[3]] if tpl[3] else -1)
            piso.append(tpl[7])
            for i, kind, like in marks:
                mp.append(s + i)
                mk.append(KIND_CODE[kind])
                ml.append(like_id(like))
                mw.append(W + k)
            fp.extend(s + i for i in foreign)
            templates.append(tpl)
        start = np.concatenate([start, np.array(ps, _I64)])
        end = np.concatenate([end, np.array(pe, _I64)])
        expected = np.concatenate([expected, np.array(pexp, np.int16)])
        iso = np.concatenate([iso, np.array(piso, bool)])
        m_pos = np.concatenate([m_pos, np.array(mp, _I64)])
        m_kind = np.concatenate([m_kind, np.array(mk, np.int8)])
        m_like = np.concatenate([m_like, np.array(ml, np.int32)])
        m_word = np.concatenate([m_word, np.array(mw, np.int32)])
        f_pos = np.sort(np.concatenate([f_pos, np.array(fp, _I64)]))
        order = np.argsort(start, kind="stable")
        rank = np.empty(len(order), np.int32)
        rank[order] = np.arange(len(order), dtype=np.int32)
        start, end, expected, iso = start[order], end[order], expected[order], iso[order]
        templates_by_word = dict(zip(rank[W:].tolist(), templates))
        morder = np.argsort(m_pos, kind="stable")
        m_pos, m_kind, m_like = m_pos[morder], m_kind[morder], m_like[morder]
        m_word = rank[m_word][morder]
    else:
        templates_by_word = {}
    W = len(start)
    nforeign = np.zeros(W, np.int32)
    if len(f_pos):  # foreign letters per word, by position
        fw = np.searchsorted(start, f_pos, side="right") - 1
        nforeign = np.bincount(fw, minlength=W).astype(np.int32)
    return Piece(
        cps=cps,
        slots=slots,
        start=start,
        end=end,
        isolated=iso,
        expected=expected,
        template=templates_by_word,
        nmarks=np.bincount(m_word, minlength=W).astype(np.int32),
        nforeign=nforeign,
        m_pos=m_pos,
        m_kind=m_kind,
        m_like=m_like,
        m_word=m_word,
        f_pos=f_pos,
    )
