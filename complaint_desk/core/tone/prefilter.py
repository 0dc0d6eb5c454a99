"""A cheap "can this regex match here at all?" test for the tone engine's big phrase patterns.

Most sentences hold none of the threat, extortion, sarcasm... phrases, yet each pattern (some of
them thousands of characters of alternation) was tried at every word of every sentence: in a
5,000-character draft that was about a third of `analyse()`. `required_literals` reads a compiled
pattern's syntax tree and derives a set of strings at least one of which occurs in any text the
pattern matches (the technique of RE2's and Google Code Search's prefilters); `required_forms`
does the same per top-level alternative, with a few sets that alternative needs all of.
`GuardSet` looks for all the patterns' strings in one Aho-Corasick pass over a draft and says,
per sentence, which patterns (and which of their forms) can match there (`scan_parts`, then
`narrow`). The result is always the
regex's own: the test only says when it cannot match, so scores are unchanged. A pattern whose
requirement cannot be derived (it can match almost anything) is simply always run.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple, Protocol

# Building the guards for thousands of phrases is seconds of Python (the warm-up does it on a
# worker). That worker may ask to be paused between pieces of it (`pause_points`): the GUI thread,
# building a view meanwhile, asks background work to step aside, and one piece is milliseconds.
_pause: tuple[int, Callable[[], None]] | None = None
_PAUSE_EVERY = 16  # alternatives (or compiled parts) between two pause points


def pause_points(step: Callable[[], None] | None) -> None:
    """Call `step()` between pieces of guard building done on the calling thread (None: stop).
    Other threads building a guard meanwhile never call it."""
    global _pause
    _pause = None if step is None else (threading.get_ident(), step)


@contextmanager
def pausing_with(step: Callable[[], None]) -> Iterator[None]:
    """`pause_points(step)` for the guards built inside the block, and none after it."""
    pause_points(step)
    try:
        yield
    finally:
        pause_points(None)


def _between() -> None:
    hook = _pause
    if hook is not None and hook[0] == threading.get_ident():
        hook[1]()


# Sets of exact strings grow by cross products; past these sizes they are dropped.
_MAX_EXACT = 32
_MAX_CLASS = 6  # a character class of up to this many plain characters is spelled out


# The phrase alternations guarded here (the tone engine's phrases, the threat and extortion
# table's forms) are on whole words of lower-cased text. Written once, so that a form both use is
# the same pattern in both and compiled once (`_compiled_each`).
PHRASE_HEAD, PHRASE_TAIL = r"(?<![\w#])(?:", r")(?!\w)"


def phrase_part(pattern: str) -> str:
    """One alternative of a phrase alternation: in a group of its own if it is itself "a|b", so
    that it stays one alternative of the whole (the guard tests and cuts alternative by
    alternative)."""
    return f"(?:{pattern})" if "|" in pattern else pattern


def lower_keeping_length(text: str) -> str:
    """text.lower(), one character for one, so offsets in it are offsets in `text` (the guarded
    patterns are written for lower-cased text: matching without IGNORECASE is about twice as
    fast). Only "İ" lowers to two characters ("i" and a combining dot); it becomes "i", as a
    case-blind regular expression reads it."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text.replace("\u0130", "i").lower()
    return lowered


class _Info:
    """What a piece of pattern can match: `exact`, every string it matches (None: too many or
    unbounded), and `needs`, a set of strings one of which every match contains (None: none)."""

    __slots__ = ("exact", "needs")

    def __init__(self, exact: frozenset[str] | None, needs: frozenset[str] | None) -> None:
        self.exact = exact
        self.needs = needs


_ANY = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


# Words in nearly every sentence of a complaint: a string made of nothing else ("when you",
# " or ") is a poor test, whatever its length.
_COMMON = frozenset(
    """a an and are as at be been but by do for from get go had has have i if in is it its me my
    no not of on or so than that the them they this to was we were when will with would you your
    i'm i'll i've don't can't""".split()
)
_LETTERS = re.compile(r"[a-z']+")
_EVERYDAY_SIGNS = frozenset("£$€.,:;=*+-/%#() ")


_OPENING_QUOTE = re.compile(r"\s['‘\"“]")


def _rarity(literal: str) -> int:
    if _OPENING_QUOTE.search(literal):
        return 5  # a quote opened after a word ("the 'replacement'"): rare in prose
    words = _LETTERS.findall(literal.replace("’", "'"))
    if not words and literal.strip():
        if all(c.isdigit() or c in _EVERYDAY_SIGNS for c in literal):
            return 1  # "£", "5", "$": amounts and order numbers are in most complaints
        return 6  # an emoji or another sign ("⭐", "→"): rare in prose
    if words and all(w in _COMMON for w in words):
        # "you get your " is rarer than "get": several common words in a row narrow it down
        return 2 if len(words) < 3 else 3
    return min(6, len(literal))


def _rank(s: frozenset[str]) -> tuple[int, int]:
    """Longer strings of less common words are rarer (up to six characters); then fewer of
    them are cheaper to look for."""
    return (min(_rarity(x) for x in s), -len(s))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements (both hold; one is enough to test)."""
    if a is None:
        return b
    if b is None:
        return a

    return a if _rank(a) >= _rank(b) else b


def _as_needs(exact: frozenset[str] | None) -> frozenset[str] | None:
    if exact is None or "" in exact:
        return None
    return exact


def _sequence(items: list[tuple]) -> _Info:
    run: frozenset[str] = frozenset({""})  # the strings the current run of exact items spells
    whole = True  # every item so far is exact: `run` is all the sequence matches
    needs: frozenset[str] | None = None
    for op, arg in items:
        info = _node(op, arg)
        needs = _better(needs, info.needs)
        if info.exact is not None:
            product = frozenset(a + b for a in run for b in info.exact)
            if len(product) <= _MAX_EXACT:
                run = product
                continue
        # The run ends here: what it spelled is required on its own, and a new one starts.
        needs = _better(needs, _as_needs(run))
        whole = False
        run = info.exact if info.exact is not None else frozenset({""})
    needs = _better(needs, _as_needs(run))
    return _Info(run if whole else None, needs)


def _node(op: object, arg: Any) -> _Info:
    if op is _DIGESTED:
        return arg.info
    if op is sre_c.LITERAL:
        return _Info(frozenset({chr(arg)}), None)
    if op is sre_c.IN:
        chars = []
        for sub_op, sub_arg in arg:
            if sub_op is not sre_c.LITERAL:
                return _ANY
            chars.append(chr(sub_arg))
        return _Info(frozenset(chars), None) if len(chars) <= _MAX_CLASS else _ANY
    if op is sre_c.SUBPATTERN:
        _group, add_flags, del_flags, items = arg
        if add_flags & re.IGNORECASE or del_flags:
            return _ANY  # a case rule of its own: literals would not compare plainly
        return _sequence(items)
    if op is sre_c.BRANCH:
        _none, branches = arg
        infos = []
        for number, branch in enumerate(branches, 1):
            digested = len(branch) == 1 and branch[0][0] is _DIGESTED
            infos.append(branch[0][1].info if digested else _sequence(branch))
            if number % _PAUSE_EVERY == 0:
                _between()
        exact: frozenset[str] | None = frozenset()
        for info in infos:
            if exact is None or info.exact is None:
                exact = None
            else:
                exact = exact | info.exact
        if exact is not None and len(exact) > _MAX_EXACT:
            exact = None
        needs: frozenset[str] | None = frozenset()
        for info in infos:
            own = _better(info.needs, _as_needs(info.exact))
            if own is None or needs is None:
                needs = None
            else:
                needs = needs | own
        return _Info(exact, needs)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
        low, high, items = arg
        inner = _sequence(items)
        if low == 0:
            if high == 1 and inner.exact is not None:
                return _Info(inner.exact | {""}, None)
            return _EMPTY if high == 0 else _Info(None, None)
        if low == high == 1:
            return inner
        return _Info(None, _better(inner.needs, _as_needs(inner.exact)))
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return _EMPTY  # zero width: matches the empty string (its condition only narrows)
    return _ANY  # ANY, NOT_LITERAL, categories, group references, conditionals...


def _substring_free(needs: frozenset[str]) -> frozenset[str]:
    # A text holding "or else" holds "or": the longer string adds nothing to the test. Shortest
    # first, each string is compared with the ones kept (a string dropped holds a kept one,
    # which any string holding it holds too): the same set, and a big alternation's hundreds
    # of strings no longer take a tenth of a second in one piece.
    kept: list[str] = []
    for number, s in enumerate(sorted(needs, key=len), 1):
        if not any(t in s for t in kept):
            kept.append(s)
        if number % 256 == 0:
            _between()
    return frozenset(kept)


class Source(NamedTuple):
    """A pattern's text and flags, not compiled: what the guard's analysis reads. A kind the
    guard cuts down to its alternatives (`GuardSet.narrow`) is never run whole, so its whole
    alternation is never compiled (the biggest, ~150 KB, took 0.2-0.3 s)."""

    pattern: str
    flags: int = 0


Pattern = re.Pattern[str] | Source


def _parsed(pattern: Pattern) -> list:
    return list(sre_parse.parse(pattern.pattern, pattern.flags))


class _Digest(NamedTuple):
    """What the guard learns from one parsed alternative, kept in place of its syntax tree: the
    trees of the biggest alternation (~200 KB of pattern) took ~25 MB at once, and the process
    kept that peak as resident memory after they were freed. Each field is what the tree itself
    would give: `info` its `_sequence`, `sets` its `required_forms` sets, `first` its
    `_first_char_guard`."""

    info: _Info
    sets: tuple[frozenset[str], ...]
    first: str


_DIGESTED = object()  # the op of a (_DIGESTED, _Digest) item standing for a whole alternative
# Each alternative's digest, kept: the site rules' guard (core.posting.threat_forms) reads the
# same threat and extortion forms as the tone engine's, and parsing them again took the warm-up
# worker ~0.8 s. About 1,000 small entries; bounded all the same.
_DIGESTS: dict[tuple[str, int], _Digest] = {}
_MAX_DIGESTS = 4096


def forget_digests() -> None:
    """Drop what was read of each alternative, once every guard that shares it is built (the
    app's warm-up calls this after the tone engine's and the site rules' guards): about 1.2 MB a
    running desk has no more use for. A guard built after this parses its alternatives again."""
    _DIGESTS.clear()
    _CANON.clear()


def _parsed_in_pieces(head: str, parts: Sequence[str], tail: str, flags: int) -> list | None:
    """`_parsed` of head + "|".join(parts) + tail, one alternative at a time, with pause points
    between them: the biggest alternation (~150 KB) took 0.15-0.25 s to parse in one call, which
    no pause point could split. The skeleton is parsed with a stand-in for each alternative (two
    characters each, no two alike: nothing for the parser to merge), then each stand-in is
    replaced by the `_Digest` of its alternative parsed on its own (the tree itself is dropped
    at once). None when the skeleton is not one plain alternation (the caller parses the
    whole)."""
    if len(parts) < 2 or len(parts) > 0x5000:
        return None
    marks = [chr(0x4E00 + i) * 2 for i in range(len(parts))]
    skeleton = sre_parse.parse(head + "|".join(marks) + tail, flags)
    holder = _branch_holder(skeleton)
    if holder is None:
        return None
    branches = []
    since = 0
    for part in parts:
        digest = _DIGESTS.get((part, flags))
        if digest is None:
            tree = list(sre_parse.parse(part, flags))
            digest = _Digest(
                _sequence(tree), _all_needs(_unwrapped(tree)), _first_char_guard(part, flags, tree)
            )
            if len(_DIGESTS) < _MAX_DIGESTS:
                _DIGESTS[part, flags] = digest
            since += len(part)
        branches.append([(_DIGESTED, digest)])
        if since >= _PAUSE_CHARS:
            since = 0
            _between()
    sub, index = holder
    sub.data[index] = (sre_c.BRANCH, (None, branches))
    return list(skeleton)


def _branch_holder(sub: Any) -> tuple[Any, int] | None:
    """Where the one BRANCH of a parsed pattern sits: (its SubPattern, its index)."""
    for index, (op, arg) in enumerate(sub.data):
        if op is sre_c.BRANCH:
            return sub, index
        if op is sre_c.SUBPATTERN:
            found = _branch_holder(arg[3])
            if found is not None:
                return found
    return None


def required_literals(pattern: Pattern, parsed: list | None = None) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None when none can be named.

    Only for case-sensitive patterns (the tone engine's lower-case set): with IGNORECASE a
    literal may match other spellings, so None is returned. `parsed`: the pattern already
    parsed (`_parsed`), when the caller has it."""
    if pattern.flags & re.IGNORECASE:
        return None
    info = _sequence(parsed if parsed is not None else _parsed(pattern))
    needs = _better(info.needs, _as_needs(info.exact))
    if needs is None or "" in needs:
        return None
    return _substring_free(needs)


def required_forms(
    pattern: Pattern, parsed: list | None = None
) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """A finer test for a big alternation: for each top-level alternative (a threat form...), a
    few sets of strings that a match of that alternative holds all of, one string of each. A
    text that meets no alternative's sets cannot match. None when some alternative needs
    nothing nameable (or the pattern ignores case)."""
    if pattern.flags & re.IGNORECASE:
        return None
    items = parsed if parsed is not None else _parsed(pattern)
    zero_width = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)
    while items and items[0][0] in zero_width:
        items = items[1:]
    while items and items[-1][0] in zero_width:
        items = items[:-1]
    if len(items) == 1 and items[0][0] is sre_c.SUBPATTERN:
        _group, add_flags, del_flags, inner = items[0][1]
        if not (add_flags & re.IGNORECASE or del_flags):
            items = list(inner)
    alternatives = [items]
    if len(items) == 1 and items[0][0] is sre_c.BRANCH:
        alternatives = [list(branch) for branch in items[0][1][1]]
    forms = []
    for number, alternative in enumerate(alternatives, 1):
        if number % _PAUSE_EVERY == 0:
            _between()
        if len(alternative) == 1 and alternative[0][0] is _DIGESTED:
            sets = alternative[0][1].sets
        else:
            sets = _all_needs(_unwrapped(alternative))
        if not sets:
            return None
        forms.append(sets)
    return tuple(forms)


_PER_FORM = 3  # the most selective requirements kept per alternative
_AMOUNT_SETS = 2  # and at most this many sets holding amounts after them
_CURRENCY = frozenset("£$€")


def _unwrapped(alternative: list[tuple]) -> list[tuple]:
    """ "(?:a|b)" as one alternative: what it holds is what `required_forms` tests."""
    if len(alternative) == 1 and alternative[0][0] is sre_c.SUBPATTERN:
        group, add_flags, del_flags, inner = alternative[0][1]
        if group is None and not (add_flags & re.IGNORECASE or del_flags):
            return list(inner)
    return alternative


def _all_needs(items: list[tuple]) -> tuple[frozenset[str], ...]:
    """The requirements a sequence shows (each item's, each run of exact items'), the rarest
    few; ones of one or two characters only when there is nothing better."""
    found: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    for op, arg in items:
        info = _node(op, arg)
        if info.needs is not None:
            found.append(info.needs)
        if info.exact is not None:
            product = frozenset(a + b for a in run for b in info.exact)
            if len(product) <= _MAX_EXACT:
                run = product
                continue
        if _as_needs(run) is not None:
            found.append(run)
        run = info.exact if info.exact is not None else frozenset({""})
    if _as_needs(run) is not None:
        found.append(run)
    ranked = sorted({_substring_free(f) for f in found}, key=_rank, reverse=True)
    useful = [f for f in ranked if _rank(f)[0] >= 3]
    kept = useful[:_PER_FORM] or ranked[:1]
    # A set of common words ("i will", "gonna", "i go": the subject of a threat form) is a poor
    # string to look a form up by, but after a rarer one it is one more set test that passes
    # the form over in most sentences (session 30: the forms read by a violent verb alone,
    # "hit", "snap", "burning", were run in 16 of the benchmark's 95 sentences, and their
    # subject was in one).
    # Strings of one or two letters ("a", "in", "my") are left out: the automaton would report
    # them hundreds of times a post.
    weak = [f for f in ranked if _rank(f)[0] == 2 and min(map(len, f)) >= 3]
    kept += [f for f in weak if f not in kept][: _PER_FORM - len(kept)]
    # A set ranked low only for an amount in it ("£", "$": in most complaints) is no string to
    # look a form up by, but a form that needs one as well is passed over in most sentences
    # for one more set test (extortion's remedies: "refund", "compo", "£...").
    amounts = [
        f
        for f in ranked
        if f not in kept and all(_CURRENCY.intersection(x) or _rarity(x) >= 3 for x in f)
    ]
    # One object per string for all the forms: each form's strings are spelled out anew (runs
    # of exact items joined), and the guards held 32,000 string objects for 16,400 strings.
    canon = _CANON.setdefault
    return tuple(frozenset(canon(x, x) for x in f) for f in kept + amounts[:_AMOUNT_SETS])


# The forms' strings while guards are built (`_all_needs`); dropped with the digests.
_CANON: dict[str, str] = {}


def forms_possible(forms: tuple[tuple[frozenset[str], ...], ...], text: str) -> bool:
    """Whether some alternative of `required_forms` has all its sets met in `text`."""
    for sets in forms:
        for needs in sets:
            for literal in needs:
                if literal in text:
                    break
            else:
                break  # this set is not met: the alternative cannot match
        else:
            return True
    return False


def _trie_source(literals: frozenset[str]) -> str:
    """One regex for a substring-free set of strings, as a trie (shared prefixes tried once)."""
    trie: dict = {}
    for literal in literals:
        node = trie
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        if "" in node:
            return ""  # a literal ends here (none is a prefix of another)
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(node)]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(trie)


def literal_test(literals: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose search finds whether any of `literals` occurs in a text: a trie of the
    substring-free set (a flat alternation of a hundred strings tries each at every place)."""
    return re.compile(_trie_source(_substring_free(frozenset(literals))))


class Matcher(Protocol):
    """What the engine runs over a sentence: a compiled pattern, or `AnyOf` several."""

    def finditer(self, string: str) -> Iterator[re.Match[str]]: ...


class AnyOf:
    """Alternatives compiled one by one, matched as their alternation `A|B|…` (in that order)
    would be: left to right, and at a place the first alternative that matches there."""

    __slots__ = ("_patterns",)

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._patterns = tuple(patterns)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        # Each alternative's next match from `pos` (its earliest: none of them starts before
        # it); the earliest of all wins, the first alternative on a tie, as in an alternation.
        ahead: list[re.Match[str] | None] = [p.search(string) for p in self._patterns]
        pos = 0
        while True:
            best: re.Match[str] | None = None
            for i, pattern in enumerate(self._patterns):
                m = ahead[i]
                if m is not None and m.start() < pos:
                    m = ahead[i] = pattern.search(string, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end() if best.end() > best.start() else best.start() + 1


# The characters of a required string the guard looks for (session 30): any part of a string a
# match must hold is one it must hold too, so a longer string cut to its first twelve tests a
# little less finely and never wrongly. Whole, the tone engine's 18,400 strings (265,000
# characters) took the automaton's build to ~7.6 MB at its peak, on the warm-up worker while
# the drafts list is loaded (the 100,000-draft memory budget); cut, 15,000 (154,000
# characters), ~4.8 MB. Cut to 10 or 8, the tests let 3 % and 6 % more of the tone engine's work
# through; the site rules' guard, read on Copy out only, cuts to 8 (`GuardSet(key_chars=...)`):
# its build comes after the tone engine's, and the two together set the peak.
_KEY_CHARS = 12


class GuardSet:
    """Several patterns (kind -> compiled, case-sensitive) behind one scan for all their
    required strings: `kinds_in(text)` names the kinds that may match in a text, and
    `kinds_in_parts(text, spans)` the same for each part text[s:e], from one pass over the
    whole text."""

    def __init__(
        self,
        patterns: dict[str, Pattern],
        fine: int = 3000,
        alternatives: dict[str, tuple[str, tuple[str, ...], str]] | None = None,
        scan_only: frozenset[str] = frozenset(),
        signals: frozenset[str] = frozenset(),
        key_chars: int = _KEY_CHARS,
    ) -> None:
        """`patterns`: compiled, or their `Source` (compiled here unless cut down).
        `alternatives`: for a pattern built as `head + "|".join(parts) + tail`, its pieces;
        `narrow` then runs, in a part, only the parts whose required strings are all there.
        `scan_only`: kinds only looked for (`kinds_in`), never run: not compiled (the tone
        engine's menace gate, ~215 KB compiled). `signals`: kinds whose presence the caller reads
        as a fact of its own (the tone engine's gates: a public act, the menace pairs'), not only
        as leave to run them: their strings are looked for whole, where others are cut to
        `key_chars` characters (see _KEY_CHARS)."""
        self._scan_only = scan_only
        # The patterns' text is not kept once they are compiled or cut into forms: each kind's
        # whole alternation (~1 MB for the tone engine's, ~0.9 MB for the site rules') lives on
        # only in what runs (`whole_patterns` takes it back from the caller).
        sources = dict(patterns)
        self.kinds = tuple(sources)
        parsed: dict[str, list] = {}  # each big pattern parsed once, for both analyses
        pieced: dict[str, list | None] = {}  # the alternatives of those parsed piece by piece
        # Patterns longer than `fine` characters (many forms in one alternation) are also given
        # the per-form test (`forms_possible`), tried on the parts the scan lets through.
        self.forms: dict[str, tuple[tuple[frozenset[str], ...], ...]] = {}
        for kind, pattern in sources.items():
            if len(pattern.pattern) > fine:
                _between()
                if not pattern.flags & re.IGNORECASE:
                    pieces = (alternatives or {}).get(kind)
                    whole = None
                    if (
                        pieces is not None
                        and "".join((pieces[0], "|".join(pieces[1]), pieces[2])) == pattern.pattern
                    ):
                        whole = _parsed_in_pieces(*pieces, pattern.flags)
                    if whole is not None:
                        # parsed one alternative at a time: its branches are the pieces, in order
                        # (a whole parse may factor a shared prefix out of them)
                        pieced[kind] = _branches(whole)
                    parsed[kind] = whole if whole is not None else _parsed(pattern)
                forms = required_forms(pattern, parsed.get(kind))
                if forms is not None and not any(
                    c in t for sets in forms for needs in sets for t in needs for c in "σςΣ"
                ):
                    self.forms[kind] = _cut(forms, key_chars)
        # Kinds whose alternatives are known one by one, in the pattern's order (the parse did
        # not merge any: one per-form test per part).
        parts = {
            kind: pieces
            for kind, pieces in (alternatives or {}).items()
            if kind in self.forms and len(pieces[1]) == len(self.forms[kind])
        }
        # Each alternative compiled on its own, here (the warm-up builds the guard on a worker):
        # compiling a cut-down alternation when a sentence first needed it stalled the GUI
        # thread for tens of milliseconds.
        self._each = {
            kind: tuple(_compiled_each(head, alts, tail, sources[kind].flags, pieced.get(kind)))
            for kind, (head, alts, tail) in parts.items()
            if kind not in scan_only
        }
        # Only which kinds are cut down is kept: their pieces' text (~1.7 MB for the shipped
        # tables) lives on in the compiled patterns.
        self._parts: dict[str, None] = dict.fromkeys(parts)
        del parts
        # The kinds run whole (`narrow`), compiled.
        self.patterns: dict[str, re.Pattern[str]] = {}
        for kind, pattern in sources.items():
            if kind not in self._parts and kind not in scan_only:
                _between()
                self.patterns[kind] = (
                    re.compile(pattern.pattern, pattern.flags)
                    if isinstance(pattern, Source)
                    else pattern
                )
        # For `narrow`: which forms each string of a form's first (rarest) set can admit, with
        # the form's other sets. Each (kind, form, other sets) entry is one tuple shared by all
        # its strings, and each string's entries a tuple: as fresh tuples in lists they held
        # ~2 MB for ~6,500 strings.
        admits: dict[str, list[tuple[str, int, tuple[frozenset[str], ...]]]] = {}
        for kind in self._parts:
            for index, sets in enumerate(self.forms[kind]):
                entry = (kind, index, sets[1:])
                for literal in sets[0]:
                    admits.setdefault(literal, []).append(entry)
        always: set[str] = set()
        by_literal: dict[str, set[str]] = {}
        for kind, pattern in sources.items():
            _between()
            needs = required_literals(pattern, parsed.pop(kind, None))
            if needs is not None and any(c in t for t in needs for c in "σςΣ"):
                needs = None  # lower() spells sigma by its context: a draft and its parts differ
            if needs is None:
                always.add(kind)
                continue
            for literal in needs:
                key = literal if kind in signals else literal[:key_chars]
                by_literal.setdefault(key, set()).add(kind)
        self._always = frozenset(always)
        # The kinds a string points to, one frozenset per distinct set (most strings point to
        # one kind: a set apiece held ~1.5 MB).
        kind_sets: dict[frozenset[str], frozenset[str]] = {}
        owners_of: dict[str, frozenset[str]] = {}
        for literal, owners in by_literal.items():
            frozen = frozenset(owners)
            owners_of[literal] = kind_sets.setdefault(frozen, frozen)
        del by_literal
        # Each string's owners and admits behind one look-up (None where it has none): a
        # sentence's strings are read once, for both (`read_parts`), and two tables' misses in
        # the CPU's cache cost more than the work (session 30: `narrow` alone took 12 us a post
        # run back to back, 32 us after TextBlob had run in between). Admits are one tuple per
        # string (as fresh tuples in lists they held ~2 MB for ~6,500 strings).
        self._about: dict[str, tuple[frozenset[str] | None, tuple]] = {
            literal: (owners_of.get(literal), tuple(admits.get(literal, ())))
            for literal in owners_of.keys() | admits.keys()
        }
        del admits
        # One automaton finds every string any of this guard's tests asks about, overlapping
        # ones too, in one pass over a text (`_StringFinder.strings_in`): the kinds' strings
        # and every string of every form's sets.
        strings = set(owners_of)
        del owners_of
        for forms in self.forms.values():
            for sets in forms:
                for needs in sets:
                    strings.update(needs)
        self._finder = _StringFinder(strings)

    def whole_patterns(self, sources: Mapping[str, str]) -> dict[str, re.Pattern[str]]:
        """Every kind's whole pattern (`sources`: the text this guard was built from), compiled:
        each run everywhere is what `narrow` must equal (for tests and tools; a second or so to
        compile)."""
        return {kind: self.patterns.get(kind) or re.compile(text) for kind, text in sources.items()}

    def each(self, kind: str) -> tuple[re.Pattern[str], ...]:
        """A kind's alternatives compiled one by one, as `narrow` runs them (empty when the kind
        is not cut into alternatives): for a caller that runs some of them itself."""
        return tuple(self._each.get(kind, ()))

    def kinds_in(self, text: str) -> frozenset[str]:
        return self.kinds_in_parts(text, ((0, len(text)),))[0]

    def refine(self, kinds: frozenset[str], part: str) -> frozenset[str]:
        """`kinds` (from kinds_in_parts) less those whose every form lacks a required string in
        `part` (the same lower-cased text)."""
        present = self._finder.strings_in(part, 0, len(part))
        drop = [kind for kind in kinds if kind in self.forms and not self._can_meet(kind, present)]
        return kinds.difference(drop) if drop else kinds

    def _can_meet(self, kind: str, present: set[str]) -> bool:
        """Whether some form of `kind` has each of its sets met by the strings `present`."""
        for sets in self.forms[kind]:
            for needs in sets:
                if needs.isdisjoint(present):
                    break  # this set is not met: the form cannot match
            else:
                return True
        return False

    def narrow(
        self, kinds: frozenset[str], part: str, present: set[str] | None = None
    ) -> dict[str, Matcher]:
        """Kind -> the pattern to run in `part`, for the kinds that can match there: a kind whose
        alternatives are known is cut down to those whose required strings are all in `part`
        (most sentences meet one or two of a hundred forms), in their order, so its matches are
        the whole alternation's: an alternative left out could not match anywhere in `part`.
        `present`: the guard's strings in `part`, as `scan_parts` gives them (else found here)."""
        if present is None:
            present = self._finder.strings_in(part, 0, len(part))
        if self._scan_only and not kinds.isdisjoint(self._scan_only):
            kinds = kinds - self._scan_only  # looked for, never run
        out: dict[str, Matcher] = {}
        parts = self._parts
        cut = False
        for kind in kinds:
            if kind in parts:
                cut = True
            elif kind not in self.forms or self._can_meet(kind, present):
                out[kind] = self.patterns[kind]
        if not cut:
            return out
        possible: dict[str, set[int]] = {}
        about_of = self._about.get
        for literal in present:
            about = about_of(literal)
            for kind, index, rest in () if about is None else about[1]:
                for needs in rest:  # (plain loops: no generators)
                    if needs.isdisjoint(present):
                        break  # a set with none of its strings in the part
                else:
                    possible.setdefault(kind, set()).add(index)
        for kind in kinds:
            indices = possible.get(kind)
            if indices and kind in parts:
                each = self._each[kind]
                chosen = [each[i] for i in sorted(indices)]
                out[kind] = chosen[0] if len(chosen) == 1 else AnyOf(chosen)
        return out

    def read_parts(
        self, text: str, spans: Sequence[tuple[int, int]]
    ) -> list[tuple[frozenset[str], dict[str, Matcher]]]:
        """For each sorted, non-overlapping (s, e): the kinds whose required strings occur in
        text[s:e] (`kinds_in_parts`), and the patterns to run there (`narrow` of those kinds),
        each part's strings read once for both."""
        out: list[tuple[frozenset[str], dict[str, Matcher]]] = []
        strings_in = self._finder.strings_in
        about_of = self._about.get
        always = self._always
        parts = self._parts
        for s, e in spans:
            present = strings_in(text, s, e)
            now = always
            possible: dict[str, set[int]] = {}
            for literal in present:
                about = about_of(literal)
                if about is None:
                    continue
                owners, admits = about
                if owners is not None and not owners <= now:
                    now = now | owners
                for kind, index, rest in admits:
                    for needs in rest:  # (plain loops: no generators)
                        if needs.isdisjoint(present):
                            break  # a set with none of its strings in the part
                    else:
                        possible.setdefault(kind, set()).add(index)
            run: dict[str, Matcher] = {}
            for kind in now:
                if kind in self._scan_only:
                    continue
                if kind in parts:
                    indices = possible.get(kind)
                    if indices:
                        each = self._each[kind]
                        chosen = [each[i] for i in sorted(indices)]
                        run[kind] = chosen[0] if len(chosen) == 1 else AnyOf(chosen)
                elif kind not in self.forms or self._can_meet(kind, present):
                    run[kind] = self.patterns[kind]
            out.append((now, run))
        return out

    def kinds_in_parts(self, text: str, spans: Sequence[tuple[int, int]]) -> list[frozenset[str]]:
        """For each sorted, non-overlapping (s, e): the kinds whose required strings occur in
        text[s:e]. The automaton reports every occurrence, overlapping ones too, so a string
        inside a part is never missed."""
        return self.scan_parts(text, spans)[0]

    def scan_parts(
        self, text: str, spans: Sequence[tuple[int, int]]
    ) -> tuple[list[frozenset[str]], list[set[str]]]:
        """`kinds_in_parts`, and for each part the guard's strings in it, for `narrow` (one
        search of the automaton per part, not a second over each sentence)."""
        found: list[frozenset[str]] = []
        present: list[set[str]] = []
        strings_in = self._finder.strings_in
        about_of = self._about.get
        always = self._always
        for s, e in spans:
            strings = strings_in(text, s, e)
            now = always
            for literal in strings:
                about = about_of(literal)
                if about is not None and about[0] is not None and not about[0] <= now:
                    now = now | about[0]
            found.append(now)
            present.append(strings)
        return found, present


def _cut(
    forms: tuple[tuple[frozenset[str], ...], ...], key_chars: int
) -> tuple[tuple[frozenset[str], ...], ...]:
    """`forms` with every string cut to `key_chars` characters (one object per cut string)."""
    canon = _CANON.setdefault
    return tuple(
        tuple(
            needs
            if all(len(x) <= key_chars for x in needs)
            else frozenset(canon(x[:key_chars], x[:key_chars]) for x in needs)
            for needs in sets
        )
        for sets in forms
    )


class _StringFinder:
    """Which of a set of strings occur in a text, overlapping ones too: an Aho-Corasick
    automaton (ahocorasick-rs, the Rust `aho-corasick` crate's contiguous NFA), one pass in
    compiled code. The regex trie it replaced, restarted one character after each find, cost a
    280-character post ~40 us.

    Session 30: pyahocorasick's trie, one node object per state (53,000 nodes, 2.1 MB for the
    strings' first 12 characters, each longer string confirmed with `str.find`), had cost a
    280-character post ~48 us in the benchmark's run, where the rest of the engine and TextBlob
    push it out of the CPU's cache between posts, against ~14 us alone in a tight loop. The
    contiguous NFA packs every state's transitions into one array, and looks for the strings
    as the guard gives them (cut to _KEY_CHARS: ~15,000 for the tone engine) with no confirming
    pass."""

    def __init__(self, strings: Iterable[str]) -> None:
        import ahocorasick_rs

        unique: dict[str, None] = {}
        for n, string in enumerate(strings):
            if string:
                unique[string] = None
            if n % 2000 == 1999:
                _between()
        # Built in one call (~15 ms, holding the GIL): after the pause above, on the warm-up
        # worker like the rest of the guard.
        self._find = (
            ahocorasick_rs.AhoCorasick(
                list(unique),
                matchkind=ahocorasick_rs.MatchKind.Standard,  # overlapping finds: every string
                implementation=ahocorasick_rs.Implementation.ContiguousNFA,
                store_patterns=True,  # strings handed back as they are: no index to map
            ).find_matches_as_strings
            if unique
            else None
        )
        _between()

    def strings_in(self, text: str, start: int, end: int) -> set[str]:
        """The strings that occur wholly inside text[start:end], and "" (in every text)."""
        if self._find is None or start >= end:
            return {""}
        part = text if start == 0 and end == len(text) else text[start:end]
        try:
            found = set(self._find(part, overlapping=True))
        except UnicodeEncodeError:
            # A lone surrogate (a pasted half of an emoji) has no UTF-8 for the automaton. No
            # string holds one: read as U+FFFD, the text holds the same strings (or one with
            # U+FFFD more, which only lets a pattern be tried).
            found = set(self._find(_SURROGATE.sub("\ufffd", part), overlapping=True))
        found.add("")
        return found


_SURROGATE = re.compile("[\ud800-\udfff]")


# Characters of pattern compiled (or parsed) between two pause points (~10 ms of work).
_PAUSE_CHARS = 1500


# Each alternative compiled once while some guard holds it: the tone engine's phrase guard and
# the site rules' (core.posting.threat_forms) both run the threat and extortion forms, ~5 MB of
# compiled patterns.
_COMPILED: weakref.WeakValueDictionary[tuple[str, int], re.Pattern[str]] = (
    weakref.WeakValueDictionary()
)


def _compiled_each(
    head: str, parts: Sequence[str], tail: str, flags: int, parsed: Sequence[Any] | None = None
) -> Iterator[re.Pattern]:
    """Each alternative compiled on its own behind a look-ahead for its first characters.
    `parsed`: the alternatives already parsed, one per part, in order (else each is parsed)."""
    if parsed is not None and len(parsed) != len(parts):
        parsed = None
    since = 0
    for i, part in enumerate(parts):
        tree = parsed[i] if parsed is not None else None
        source = _first_char_guard(part, flags, tree) + head + part + tail
        compiled = _COMPILED.get((source, flags))
        if compiled is None:
            compiled = _COMPILED[source, flags] = re.compile(source, flags)
            since += len(part)
        yield compiled
        if since >= _PAUSE_CHARS:
            since = 0
            _between()


def _branches(parsed: list | None) -> list | None:
    """The alternatives of a parsed alternation (`_parsed_in_pieces`), in order, or None."""
    if parsed is None:
        return None
    items: Any = parsed
    while True:
        for op, av in items:
            if op is sre_c.BRANCH:
                return [list(branch) for branch in av[1]]
            if op is sre_c.SUBPATTERN:
                items = av[-1]
                break
        else:
            return None


def _first_char_guard(part: str, flags: int, tree: Sequence[Any] | None = None) -> str:
    """A look-ahead for the characters a match of `part` can begin with ("(?=[gprs])" before a
    form that starts with "give", "pay", "refund" or "send"), or "" when they cannot be named or
    are many. A search then passes every other place with one test instead of trying the whole
    form there: the same matches, found sooner. Case-blind forms get none (their letters have
    other spellings)."""
    if flags & re.IGNORECASE:
        return ""
    if tree is not None and len(tree) == 1 and tree[0][0] is _DIGESTED:
        return str(tree[0][1].first)  # worked out when the alternative was parsed
    items = list(tree) if tree is not None else list(sre_parse.parse(part, flags))
    first, can_be_empty = first_chars(items)
    if first is None or can_be_empty or len(first) > _FIRST_CHARS_MAX:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"


_FIRST_CHARS_MAX = 40


def compile_guarded(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` behind a look-ahead for the characters its matches begin
    with, where they can be named (`_first_char_guard`): the same matches, and a search passes
    other places with one test (an alternation opening with a look-behind is otherwise tried
    whole at each place)."""
    return re.compile(_first_char_guard(source, flags) + f"(?:{source})", flags)


def first_chars(items: Sequence[Any]) -> tuple[frozenset[str] | None, bool]:
    """(the characters a match of a parsed sequence can begin with, whether it can match the
    empty string), or (None, False) when they cannot be listed (a category such as \\w, a wide
    range, any character). Zero-width assertions at the start are passed over: they consume
    nothing, so the set stays one every match begins with."""
    out: set[str] = set()
    for op, av in items:
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
            continue
        first, empty = _first_of(op, av)
        if first is None:
            return None, False
        out |= first
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def _first_of(op: Any, av: Any) -> tuple[frozenset[str] | None, bool]:
    if op is sre_c.LITERAL:
        return frozenset(chr(av)), False
    if op is sre_c.IN:
        chars: set[str] = set()
        for kind, arg in av:
            if kind is sre_c.LITERAL:
                chars.add(chr(arg))
            elif kind is sre_c.RANGE and arg[1] - arg[0] <= _FIRST_CHARS_MAX:
                chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
            else:
                return None, False  # a category, a negated class, a wide range
        return frozenset(chars), False
    if op is sre_c.SUBPATTERN:
        return first_chars(av[-1])
    if op is sre_c.BRANCH:
        union: set[str] = set()
        empty = False
        for branch in av[1]:
            first, branch_empty = first_chars(branch)
            if first is None:
                return None, False
            union |= first
            empty = empty or branch_empty
        return frozenset(union), empty
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        first, empty = first_chars(sub)
        if first is None:
            return None, False
        return first, low == 0 or empty
    return None, False
