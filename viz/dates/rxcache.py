"""Compiled regular expressions kept between processes, so a language's first use does not recompile them.

Compiling a language's patterns (``engine.Lang``) is most of a language's first use: for English, ``re`` takes
about 0.12 s to parse its 39 patterns and generate their code, more than the rest of the compile. ``re`` keeps
compiled patterns only inside one process. This module keeps the generated code in the viz cache
(``$VIZ_CACHE_DIR/re/``), one file per language, named for what the code depends on (the Python version, ``re``'s
code format ``_sre.MAGIC``, a checksum of ``re``'s compiler and parser and of this module, the byte order), and
builds the pattern object from it the way ``re`` itself does at the end of compiling. An entry is used only if its
file's checksum holds and its named groups are the pattern's. A file keeps only the patterns its language uses
now, so it does not grow with edits to the rules; a new Python or a change here starts a new file, and writing it
removes the language's files of other versions of this code for the same Python that went unchanged for a month.

The same file keeps what a language derives from its patterns besides their code (``PatternCache.memo``: the rules'
guards, the prefix trees of its word lists, the master regex's source), under a key that holds all they depend on;
the file's name changes with the code that derives them (``firstchars``, ``engine``). A language module compiles
its own patterns through the same cache (``shared``), and a rule's own regex, compiled when a text first needs it,
is written back after that text (``PatternCache.keep`` keeps the entries of the rules a process did not use).

Anything unexpected (no ``re._compiler``, another signature of ``_sre.compile``, a damaged or unwritable file,
code that ``_sre`` refuses) falls back to ``re.compile``: the cache can only save time, never change a match.
``VIZ_RE_CACHE=0`` turns it off.

    >>> cache = PatternCache("doctest")
    >>> cache.compile(r"(?P<y>\\d{4})", re.I).match("1999").group("y")
    '1999'
"""
from __future__ import annotations

import array
import marshal
import os
import re
import sys
import time
import zlib

try:  # Python 3.11+
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - older Pythons: re.compile only
    _sre = _compiler = _parser = None

_FORMAT = 1  # raise when what an entry holds changes
_MAGIC = b"viz-re\x00"  # then the CRC-32 of the rest, which is a marshalled {key: entry}
_STALE_S = 30 * 86400  # another version's file unchanged this long is removed (see PatternCache.save)
_CODE_TYPE = "I"  # unsigned int: 4 bytes, as _sre.CODESIZE (checked in _enabled)


def _enabled() -> bool:
    return (_compiler is not None and getattr(_sre, "CODESIZE", 0) == array.array(_CODE_TYPE).itemsize
            and os.environ.get("VIZ_RE_CACHE", "1") != "0")


_tag = None


def _version_tag() -> str:
    """What the generated code depends on besides the pattern: this module, re's own compiler (a patched or newer
    re writes other code under the same _sre.MAGIC), the byte order of the code's array; and what memo() values
    depend on besides their key, the code that derives them (firstchars, engine). Computed once."""
    global _tag
    if _tag is None:
        crc = zlib.crc32(sys.byteorder.encode())
        here = os.path.dirname(__file__)  # the code that derives memo() values: the guards, the prefix trees
        for path in (__file__, getattr(_compiler, "__file__", None), getattr(_parser, "__file__", None),
                     os.path.join(here, "firstchars.py"), os.path.join(here, "engine.py")):
            try:
                with open(path, "rb") as f:
                    crc = zlib.crc32(f.read(), crc)
            except (OSError, TypeError):
                crc = zlib.crc32(b"?", crc)
        _tag = "%d-%s-%s-%s-%08x" % (_FORMAT, sys.implementation.cache_tag or "",
                                     ".".join(map(str, sys.version_info[:3])), getattr(_sre, "MAGIC", 0), crc)
    return _tag


_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")


def _key(pattern: str, flags: int) -> str:
    import hashlib  # on first compile, not at ``import viz.dates`` (7 ms)

    return hashlib.sha1(("%d:%d:" % (flags, len(pattern))).encode() + pattern.encode("utf-8", "surrogatepass")
                        ).hexdigest()


def _generate(pattern: str, flags: int):
    """What ``re._compiler.compile`` hands ``_sre.compile``: (flags, code, groups, groupindex, indexgroup)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # the code as the bytes of an array: marshal reads a list of 100,000 ints ten times slower
    return (int(flags | p.state.flags), array.array(_CODE_TYPE, code).tobytes(), p.state.groups - 1, groupindex,
            tuple(indexgroup))


def _build(pattern: str, entry):
    fl, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, fl, array.array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)


class PatternCache:
    """The compiled patterns of one name (a language), read once from the cache file and written back by
    :meth:`save` when new ones were compiled."""

    def __init__(self, name: str):
        self.name = name
        self.entries: dict | None = None  # key -> entry, read on first compile
        self.used: set = set()  # keys compiled in this process: what save() keeps
        self.new = False
        self.path = None

    def _file(self):
        from ..cachedir import default_cache_dir

        return default_cache_dir() / "re" / ("%s-%s.marshal" % (self.name, _version_tag()))

    def _load(self):
        self.entries = {}
        try:
            self.path = self._file()
            with open(self.path, "rb") as f:
                data = f.read()
            head, crc, payload = data[:len(_MAGIC)], data[len(_MAGIC):len(_MAGIC) + 4], data[len(_MAGIC) + 4:]
            if head == _MAGIC and int.from_bytes(crc, "little") == zlib.crc32(payload):  # else damaged: afresh
                entries = marshal.loads(payload)
                if isinstance(entries, dict):
                    self.entries = entries
        except Exception:  # noqa: BLE001 - no file yet, or an unreadable one: compile afresh
            pass

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        if not _enabled() or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        flags = int(flags)  # as re does: RegexFlag arithmetic in the parser is slow
        if self.entries is None:
            self._load()
        key = _key(pattern, flags)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                rx = _build(pattern, entry)
                # the entry must be this pattern's: its named groups (a cheap check against a wrong entry)
                if set(rx.groupindex) == set(_NAMED_GROUP.findall(pattern)):
                    self.used.add(key)
                    return rx
            except Exception:  # noqa: BLE001 - refused code (another format): compile afresh
                pass
            del self.entries[key]
        try:
            entry = _generate(pattern, flags)
            rx = _build(pattern, entry)
        except re.error:
            raise
        except Exception:  # noqa: BLE001 - re's internals differ here: plain re
            return re.compile(pattern, flags)
        self.entries[key] = entry
        self.used.add(key)
        self.new = True
        return rx

    def memo(self, what: str, compute):
        """compute(), a value marshal can write, kept in the file under `what` (all it depends on, as text):
        what a language derives from its patterns besides their code (the rules' guards, the words' prefix trees, the
        master's source)."""
        if not _enabled():
            return compute()
        if self.entries is None:
            self._load()
        key = "memo:" + _key(what, 0)
        entry = self.entries.get(key)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == "memo":
            self.used.add(key)
            return entry[1]
        value = compute()
        try:
            marshal.dumps(value)
        except ValueError:  # not writable: not kept
            return value
        self.entries[key] = ("memo", value)
        self.used.add(key)
        self.new = True
        return value

    def keep(self, pattern: str, flags: int = 0) -> None:
        """Keep `pattern`'s entry in the file though this process may not compile it (a rule's own regex, compiled
        when first used): without this, a process that used some rules would drop the others' entries."""
        if _enabled() and isinstance(pattern, str):
            if self.entries is None:
                self._load()
            self.used.add(_key(pattern, int(flags)))

    def save(self) -> None:
        """Write the patterns compiled so far to the cache file, if any was new or the file held others (a former
        version's, now unused). Atomic; errors are ignored."""
        if self.path is None or not (self.new or set(self.entries) - self.used):
            return
        self.entries = {k: v for k, v in self.entries.items() if k in self.used}
        self.new = False
        try:
            from ..cachedir import write_atomic

            payload = marshal.dumps(self.entries)
            write_atomic(self.path, lambda out: out.write(_MAGIC + zlib.crc32(payload).to_bytes(4, "little") + payload))
        except Exception:  # noqa: BLE001 - an unwritable cache: compile again next time
            return
        # the files another version of this code wrote for the same language and Python, unchanged for a month: an
        # earlier version's, no longer read (not sooner: two versions in use, as a checkout beside an install, would
        # remove each other's files at every start)
        stem = self.path.name[:-len(".marshal")]
        month_ago = time.time() - _STALE_S
        for old in self.path.parent.glob(stem.rsplit("-", 1)[0] + "-*.marshal"):
            try:
                if old.name != self.path.name and old.stat().st_mtime < month_ago:
                    old.unlink()
            except OSError:
                pass


_SHARED: dict = {}


def shared(name: str) -> PatternCache:
    """The PatternCache of `name` in this process, one per cache folder: a language module compiles its own patterns
    through it (``_rx = rxcache.shared(CODE).compile``), and its Lang's patterns go to the same file."""
    from ..cachedir import default_cache_dir

    key = (name, str(default_cache_dir()))
    cache = _SHARED.get(key)
    if cache is None:
        cache = _SHARED[key] = PatternCache(name)
    return cache
