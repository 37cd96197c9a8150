#!/usr/bin/env python3
"""Checks grammar/evoscript.lark against every EvoScript program we have.

Usage (with the reference venv made by .ci/make-venv, which has lark):
    .venv-ref/bin/python grammar/check.py [-v] [PATH...]

PATHs are .evo files or folders searched recursively (default: examples/ and
Tests/golden/).  Every .evo found is parsed with the grammar (Lark, LALR,
strict: any shift/reduce conflict is an error, not a silent choice), through a
PythonIndenter that also makes CPython's TabError check.

Verdicts:
  * A program must PARSE, unless it is expected to be rejected.
  * A program is expected to be REJECTED when it has a sibling .err whose last
    line starts with `SyntaxError`, `IndentationError` or `TabError` and that
    has no "Traceback (most recent call last):" line: that is the shape of an
    error CPython raises while compiling the program itself (an error raised
    by eval/compile/import at run time comes with a traceback and does not
    count).  Such a program must fail to parse...
  * ...except that some SyntaxErrors are checks CPython makes AFTER parsing,
    which an LALR grammar cannot see: "'return' outside function", "cannot
    assign to literal", "name 'x' is parameter and global", "non-default
    argument follows default argument", "'break' outside loop", ... A program
    whose .err is one of those must say so: its FIRST LINE contains the marker
    `# grammar-accepts` (e.g. `# grammar-accepts: 'return' outside function`).
    Then either outcome is allowed (it is counted as parsed or as rejected).

Closing line: `grammar: N parsed, M rejected as expected, F failed`; exit 1
when F > 0 (or when the grammar itself does not load).
"""

import argparse
import os
import re
import sys

try:
    from lark import Lark, Token
    from lark.exceptions import LarkError, UnexpectedInput, UnexpectedCharacters, UnexpectedToken, UnexpectedEOF
    from lark.indenter import PythonIndenter, DedentError
except ImportError:
    print("grammar: lark is not installed; run .ci/make-venv and use .venv-ref/bin/python", file=sys.stderr)
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GRAMMAR = os.path.join(HERE, "evoscript.lark")
DEFAULT_DIRS = [os.path.join(ROOT, "examples"), os.path.join(ROOT, "Tests", "golden")]
PARSE_ERRORS = ("SyntaxError", "IndentationError", "TabError")
MARKER = "# grammar-accepts"


class IndentationProblem(LarkError):
    pass


class EvoIndenter(PythonIndenter):
    """PythonIndenter, with CPython's tokenizer rules for indentation:
    a tab advances to the next multiple of 8, a form feed resets the column,
    and the indentation must compare the same way when a tab counts as one
    column (else TabError: inconsistent use of tabs and spaces)."""

    def process(self, stream):
        self.alt_level = [0]
        return super().process(stream)

    def handle_NL(self, token):
        if self.paren_level > 0:
            return
        yield token
        indent_str = token.rsplit("\n", 1)[1]
        col = alt = 0
        for ch in indent_str:
            if ch == " ":
                col += 1
                alt += 1
            elif ch == "\t":
                col = (col // 8 + 1) * 8
                alt += 1
            elif ch == "\f":
                col = alt = 0
        if col > self.indent_level[-1]:
            if alt <= self.alt_level[-1]:
                raise IndentationProblem("TabError: inconsistent use of tabs and spaces in indentation")
            self.indent_level.append(col)
            self.alt_level.append(alt)
            yield Token.new_borrow_pos(self.INDENT_type, indent_str, token)
        else:
            while col < self.indent_level[-1]:
                self.indent_level.pop()
                self.alt_level.pop()
                yield Token.new_borrow_pos(self.DEDENT_type, indent_str, token)
            if col != self.indent_level[-1]:
                raise IndentationProblem("IndentationError: unindent does not match any outer indentation level")
            if alt != self.alt_level[-1]:
                raise IndentationProblem("TabError: inconsistent use of tabs and spaces in indentation")

    def _process(self, stream):
        for token in super()._process(self._closing_checked(stream)):
            yield token

    def _closing_checked(self, stream):
        depth = 0
        for token in stream:
            if token.type in self.OPEN_PAREN_types:
                depth += 1
            elif token.type in self.CLOSE_PAREN_types:
                if depth == 0:
                    raise IndentationProblem("SyntaxError: unmatched %r (line %s)" % (str(token), token.line - 1))
                depth -= 1
            yield token


# Built-in cases for the print statement rule, checked before the programs:
# (source, "stmt" = a print statement, "expr" = print is a NAME, "error").
SELF_TESTS = [
    ("print x, y\n", "stmt"), ("print x,\n", "stmt"), ("print\n", "stmt"),
    ("print >>f, x\n", "stmt"), ("print >>f\n", "stmt"), ("print >>f, x,\n", "stmt"),
    ("print -1\n", "stmt"), ("print  # a comment\n", "stmt"), ("print; print\n", "stmt"),
    ("x = 1; print x\n", "stmt"), ("if x: print x\n", "stmt"), ("print 'a' if x else 'b'\n", "stmt"),
    ("def f():\n    print\n", "stmt"),
    ("print(x)\n", "expr"), ("print (x), y\n", "expr"), ("print = 3\n", "expr"),
    ("print.__name__\n", "expr"), ("print[0]\n", "expr"), ("print, 1\n", "expr"),
    ("print == x\n", "expr"), ("printer = 1\n", "expr"), ("x = print\n", "expr"),
    ("f(print)\n", "expr"), ("print(*a, sep='')\n", "expr"),
    ("print >>f,\n", "error"), ("print >>\n", "error"), ("print x y\n", "error"),
    ("x = print y\n", "error"), ("print *a\n", "error"),
]


def self_test(parser):
    """Failures among SELF_TESTS, as messages."""
    failures = []
    for source, want in SELF_TESTS:
        try:
            tree = parser.parse(prepare(source))
            kinds = {t.data for t in tree.iter_subtrees()}
            got = "stmt" if kinds & {"print_stmt", "print_to"} else "expr"
        except (LarkError, AssertionError):
            got = "error"
        if got != want:
            failures.append("FAIL self-test %r: expected %s, got %s" % (source, want, got))
    return failures


def make_parser():
    with open(GRAMMAR, encoding="utf-8") as f:
        text = f.read()
    return Lark(text, parser="lalr", lexer="contextual", start="file_input",
                postlex=EvoIndenter(), strict=True, maybe_placeholders=False,
                propagate_positions=False)


def prepare(source):
    """The source as the grammar wants it: a leading newline (so that an
    indented first line gives an _INDENT, rejected as CPython's "unexpected
    indent"), a trailing newline, no BOM.  Line numbers shift by one."""
    if source.startswith("\ufeff"):
        source = source[1:]
    if not source.endswith("\n"):
        source += "\n"
    return "\n" + source


def describe(e):
    """A one-line account of a parse error, with the program's line numbers."""
    if isinstance(e, UnexpectedCharacters):
        return "line %d col %d: unexpected character %r" % (e.line - 1, e.column, e.char)
    if isinstance(e, UnexpectedToken):
        tok = e.token
        exp = sorted(e.expected)
        more = "" if len(exp) <= 8 else ", ..."
        where = "line %s col %s" % (max(tok.line - 1, 1) if tok.line else "?", tok.column)
        return "%s: unexpected %s %r (expected %s%s)" % (where, tok.type, str(tok), ", ".join(exp[:8]), more)
    if isinstance(e, UnexpectedEOF):
        return "unexpected end of input"
    if isinstance(e, (IndentationProblem, DedentError)):
        return str(e)
    return "%s: %s" % (type(e).__name__, e)


def parse(parser, path):
    """None when the program parses, else a description of why not."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
        source = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return "not UTF-8: %s" % e
    except OSError as e:
        return "cannot read: %s" % e
    try:
        parser.parse(prepare(source))
        return None
    except (LarkError, AssertionError) as e:
        return describe(e)


def expectation(path):
    """'parse', 'reject', or 'either' (a rejection expected, but the marker
    says the grammar may accept it).  Also returns the .err's last line."""
    err = path[:-4] + ".err"
    if not os.path.isfile(err):
        return "parse", None
    with open(err, encoding="utf-8", errors="replace") as f:
        lines = [l.rstrip("\r\n") for l in f]
    body = [l for l in lines[1:] if l.strip()]
    last = body[-1] if body else ""
    if not last.startswith(PARSE_ERRORS) or any(l.startswith("Traceback (most recent call last)") for l in body):
        return "parse", None
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline()
    return ("either" if MARKER in first else "reject"), last


def find(paths):
    found, errors = set(), []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for n in filenames:
                    if n.endswith(".evo"):
                        found.add(os.path.abspath(os.path.join(dirpath, n)))
        elif os.path.isfile(p) and p.endswith(".evo"):
            found.add(os.path.abspath(p))
        else:
            errors.append("%s: not a .evo file or a folder" % p)
    return sorted(found), errors


def rel(path):
    r = os.path.relpath(path)
    return path if r.startswith("..") else r


def main(argv=None):
    ap = argparse.ArgumentParser(description="Parse every EvoScript program with grammar/evoscript.lark.")
    ap.add_argument("paths", nargs="*", help=".evo files or folders (default: examples/ Tests/golden/)")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per program")
    args = ap.parse_args(argv)

    try:
        parser = make_parser()
    except Exception as e:  # a grammar that does not load is a failure, clearly reported
        print("grammar: %s does not load: %s: %s" % (rel(GRAMMAR), type(e).__name__, e))
        print("grammar: 0 parsed, 0 rejected as expected, 1 failed")
        return 1

    paths = args.paths or [d for d in DEFAULT_DIRS if os.path.isdir(d)]
    programs, errors = find(paths)
    for e in errors:
        print("grammar: " + e, file=sys.stderr)
    if errors:
        return 2
    if not programs:
        print("grammar: no .evo programs found")

    parsed = rejected = failed = 0
    for message in self_test(parser):
        failed += 1
        print(message)
    for path in programs:
        want, last = expectation(path)
        why = parse(parser, path)
        name = rel(path)
        if why is None:
            if want == "reject":
                failed += 1
                print("FAIL %s: parsed, but CPython rejects it (%s); if CPython rejects it only after "
                      "parsing, put '%s: <reason>' on its first line" % (name, last, MARKER))
            else:
                parsed += 1
                if args.verbose:
                    print("ok       %s" % name)
        else:
            if want == "parse":
                failed += 1
                print("FAIL %s: does not parse: %s" % (name, why))
            else:
                rejected += 1
                if args.verbose:
                    print("rejected %s: %s" % (name, why))
    print("grammar: %d parsed, %d rejected as expected, %d failed" % (parsed, rejected, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
