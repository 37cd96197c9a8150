#!/usr/bin/env python3
"""The oracle: checks EvoScript's golden files against the reference CPython.

A golden program is any `*.evo` under examples/ and Tests/golden/ (recursively)
with a sibling `.out` holding its exact expected stdout.  A program that fails
on purpose also has a `.err`: first line `# exit: N`, then its whole expected
stderr.  Memory addresses (`0x` + hex digits) are normalised to `0x?` on both
sides before any comparison.

Each program is run the way the EvoScript golden driver runs it: its own folder
as the working directory, its basename as the script argument, stdin empty
(/dev/null), PYTHONHASHSEED=0, `-W ignore`, a 30 s timeout.

Reference interpreter, chosen by the program's first line:
  * `# evoscript-only: <reason>`  not valid Python: skipped (counted as skipped);
  * `# python2`                   uses the print statement: run on CPython 2.7,
                                  only stdout and exit status are compared;
  * anything else                 CPython 3.8 from .venv-ref (.ci/make-venv).

What must agree (CPython 3.8 programs):
  * stdout == .out, exactly;
  * exit status == the .err's `# exit: N` (0 when there is no .err);
  * when there is an .err: the last line of stderr, and the sequence of frame
    lines `  File "<name>.evo", line N[, in <func>]` that refer to the
    program's own (.evo) files; frames of library files and the source lines
    CPython prints under each frame are ignored.

Usage (run with the venv's python, from anywhere):
  .venv-ref/bin/python Tests/oracle/oracle.py [-j N] [PATH...]
      check the golden programs found under PATHs (files or folders; default
      examples/ and Tests/golden/).  Closing line:
      `oracle: N passed, M failed, K skipped`; exit 1 on any failure.
  .venv-ref/bin/python Tests/oracle/oracle.py --write PATH...
      (re)generate .out (and .err when the exit status is not 0) FROM CPYTHON
      for the given programs (files, or folders searched for every *.evo),
      and print each file written.  A stale .err is removed when the program
      now exits 0.

Environment overrides: EVO_PY38 (CPython 3.8 to use), EVO_PY27 (CPython 2.7).
"""

import argparse
import difflib
import os
import re
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_DIRS = [os.path.join(ROOT, "examples"), os.path.join(ROOT, "Tests", "golden")]
TIMEOUT = 30.0
DIFF_LINES = 30

ADDRESS = re.compile(rb"0x[0-9a-fA-F]+")
FRAME = re.compile(r'^  File "([^"]*)", line (\d+)(?:, in (.*))?$')
EXIT_LINE = re.compile(r"^# exit: (-?\d+)\s*$")


def normalise(data):
    """bytes -> bytes with every memory address written as 0x?."""
    return ADDRESS.sub(b"0x?", data)


# --------------------------------------------------------------------------
# Reference interpreters

def python38():
    env = os.environ.get("EVO_PY38")
    if env:
        return env
    for cand in (os.path.join(ROOT, ".venv-ref", "bin", "python"),):
        if os.access(cand, os.X_OK):
            return cand
    if sys.version_info[:2] == (3, 8):
        return sys.executable
    return None


def python27():
    env = os.environ.get("EVO_PY27")
    if env:
        return env
    cand = os.path.expanduser("~/.pyenv/versions/2.7.18/bin/python2.7")
    return cand if os.access(cand, os.X_OK) else None


# --------------------------------------------------------------------------
# Finding programs

def first_line(path):
    try:
        with open(path, "rb") as f:
            return f.readline().decode("utf-8", "replace").rstrip("\r\n")
    except OSError:
        return ""


def kind_of(path):
    """'skip' (evoscript-only), 'py2' or 'py3'."""
    line = first_line(path)
    if line.startswith("# evoscript-only"):
        return "skip"
    if re.match(r"#\s*python2\b", line):
        return "py2"
    return "py3"


def find_evo(paths, need_out):
    """Sorted .evo files under the given paths.  A folder is searched
    recursively (hidden folders and .build* skipped); with need_out, only
    programs with a sibling .out are kept from folders.  Returns
    (programs, errors)."""
    found, errors = set(), []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in filenames:
                    if name.endswith(".evo"):
                        full = os.path.join(dirpath, name)
                        if not need_out or os.path.isfile(full[:-4] + ".out"):
                            found.add(os.path.abspath(full))
        elif os.path.isfile(p):
            if not p.endswith(".evo"):
                errors.append("%s: not a .evo program" % p)
            else:
                found.add(os.path.abspath(p))
        else:
            errors.append("%s: no such file or folder" % p)
    return sorted(found), errors


def rel(path):
    try:
        r = os.path.relpath(path)
    except ValueError:
        return path
    return path if r.startswith("..") else r


# --------------------------------------------------------------------------
# Running

class Result(object):
    def __init__(self, status, stdout, stderr, timed_out=False, error=None):
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out
        self.error = error


def run(interp, program, timeout=None):
    timeout = TIMEOUT if timeout is None else timeout
    env = dict(os.environ)
    for var in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONWARNINGS",
                "PYTHONINSPECT", "PYTHONUNBUFFERED", "PYTHONIOENCODING"):
        env.pop(var, None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.setdefault("LANG", "C.UTF-8")
    env["PYTHONIOENCODING"] = "utf-8"
    folder, name = os.path.split(program)
    try:
        proc = subprocess.Popen([interp, "-W", "ignore", name], cwd=folder, env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        return Result(None, b"", b"", error="cannot start %s: %s" % (interp, e))
    try:
        out, err = proc.communicate(timeout=timeout)
        return Result(proc.returncode, out, err)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = proc.communicate()
        return Result(proc.returncode, out, err, timed_out=True)


# --------------------------------------------------------------------------
# Comparing

def text(data):
    return data.decode("utf-8", "replace")


def short_diff(expected, actual, label_a, label_b):
    lines = list(difflib.unified_diff(
        text(expected).splitlines(True), text(actual).splitlines(True),
        label_a, label_b, n=2))
    out = []
    for line in lines[:DIFF_LINES]:
        out.append("    " + line.rstrip("\n").rstrip("\r") +
                   ("" if line.endswith("\n") else "  \\ (no newline at end)"))
    if len(lines) > DIFF_LINES:
        out.append("    ... (%d more diff lines)" % (len(lines) - DIFF_LINES))
    return out


def own_frames(stderr_text):
    """(file, line, func) of each frame line that names a .evo file."""
    frames = []
    for line in stderr_text.splitlines():
        m = FRAME.match(line)
        if m and m.group(1).endswith(".evo"):
            frames.append("  File \"%s\", line %s%s" % (
                m.group(1), m.group(2), ", in " + m.group(3) if m.group(3) is not None else ""))
    return frames


def last_line(stderr_text):
    lines = [l for l in stderr_text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def read_err(path):
    """(exit status, expected stderr bytes) from a .err file; raises ValueError."""
    with open(path, "rb") as f:
        data = f.read()
    head, _, rest = data.partition(b"\n")
    m = EXIT_LINE.match(text(head))
    if not m:
        raise ValueError("first line must be '# exit: N', found %r" % text(head)[:60])
    return int(m.group(1)), rest


def check(program, interps):
    """Returns (verdict, message lines); verdict in pass/fail/skip."""
    kind = kind_of(program)
    name = rel(program)
    if kind == "skip":
        return "skip", []
    interp = interps[kind]
    if interp is None:
        return "fail", ["FAIL %s: no %s interpreter (run .ci/make-venv; see EVO_PY38/EVO_PY27)"
                        % (name, "CPython 2.7" if kind == "py2" else "CPython 3.8")]
    base = program[:-4]
    try:
        with open(base + ".out", "rb") as f:
            want_out = f.read()
    except OSError as e:
        return "fail", ["FAIL %s: cannot read .out: %s" % (name, e)]
    want_status, want_err = 0, None
    if os.path.exists(base + ".err"):
        try:
            want_status, want_err = read_err(base + ".err")
        except (OSError, ValueError) as e:
            return "fail", ["FAIL %s: bad .err: %s" % (name, e)]

    res = run(interp, program)
    ref = "CPython 2.7" if kind == "py2" else "CPython 3.8"
    if res.error:
        return "fail", ["FAIL %s: %s" % (name, res.error)]
    if res.timed_out:
        return "fail", ["FAIL %s: timed out after %gs on %s" % (name, TIMEOUT, ref)]

    msgs = []
    got_out = normalise(res.stdout)
    if normalise(want_out) != got_out:
        msgs.append("FAIL %s: stdout differs from %s" % (name, ref))
        msgs += short_diff(normalise(want_out), got_out, name[:-4] + ".out", ref + " stdout")
    got_err = text(normalise(res.stderr))
    if res.status != want_status:
        msgs.append("FAIL %s: exit status %s on %s, expected %s" % (name, res.status, ref, want_status))
        tail = [l for l in got_err.splitlines() if l.strip()][-6:]
        msgs += ["    | " + l for l in tail]
    if want_err is not None and kind == "py3":
        exp_err = text(normalise(want_err))
        if last_line(exp_err) != last_line(got_err):
            msgs.append("FAIL %s: last line of stderr differs from %s" % (name, ref))
            msgs.append("    - " + last_line(exp_err))
            msgs.append("    + " + last_line(got_err))
        ef, gf = own_frames(exp_err), own_frames(got_err)
        if ef != gf:
            msgs.append("FAIL %s: traceback frames in .evo files differ from %s" % (name, ref))
            for l in difflib.unified_diff(ef, gf, ".err frames", ref + " frames", n=1, lineterm=""):
                msgs.append("    " + l)
    return ("fail", msgs) if msgs else ("pass", [])


# --------------------------------------------------------------------------
# Writing

def write(programs, interps):
    status = 0
    for program in programs:
        name = rel(program)
        kind = kind_of(program)
        if kind == "skip":
            print("skip  %s: evoscript-only, CPython cannot generate it" % name)
            continue
        interp = interps[kind]
        if interp is None:
            print("ERROR %s: no reference interpreter for it" % name)
            status = 1
            continue
        res = run(interp, program)
        if res.error or res.timed_out:
            print("ERROR %s: %s" % (name, res.error or "timed out after %gs" % TIMEOUT))
            status = 1
            continue
        base = program[:-4]
        with open(base + ".out", "wb") as f:
            f.write(res.stdout)
        written = [rel(base + ".out")]
        if res.status != 0:
            with open(base + ".err", "wb") as f:
                f.write(b"# exit: %d\n" % res.status + normalise(res.stderr))
            written.append(rel(base + ".err"))
        elif os.path.exists(base + ".err"):
            os.remove(base + ".err")
            written.append("removed " + rel(base + ".err"))
        ref = "CPython 2.7" if kind == "py2" else "CPython 3.8"
        note = ""
        if res.status == 0 and res.stderr.strip():
            note = "  (note: exit 0 with stderr output, not recorded)"
        print("wrote %s  [%s, exit %d]%s" % (", ".join(written), ref, res.status, note))
    return status


# --------------------------------------------------------------------------

def main(argv=None):
    global TIMEOUT
    ap = argparse.ArgumentParser(description="Check EvoScript golden files against CPython 3.8 / 2.7.")
    ap.add_argument("paths", nargs="*", help="programs or folders (default: examples/ Tests/golden/)")
    ap.add_argument("--write", action="store_true",
                    help="(re)generate .out/.err from CPython for the given programs")
    ap.add_argument("-j", "--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)),
                    help="programs run at once (default: number of cores, at most 4)")
    ap.add_argument("--timeout", type=float, default=TIMEOUT,
                    help="seconds a program may run (default: %g)" % TIMEOUT)
    ap.add_argument("-v", "--verbose", action="store_true", help="print a line per program")
    args = ap.parse_args(argv)
    TIMEOUT = args.timeout

    interps = {"py3": python38(), "py2": python27()}

    if args.write:
        if not args.paths:
            print("oracle: --write needs the programs (or folders) to generate", file=sys.stderr)
            return 2
        programs, errors = find_evo(args.paths, need_out=False)
        for e in errors:
            print("oracle: " + e, file=sys.stderr)
        if errors:
            return 2
        if not programs:
            print("oracle: no .evo programs found")
            return 0
        return write(programs, interps)

    explicit = bool(args.paths)
    paths = args.paths or [d for d in DEFAULT_DIRS if os.path.isdir(d)]
    programs, errors = find_evo(paths, need_out=True)
    for e in errors:
        print("oracle: " + e, file=sys.stderr)
    if errors:
        return 2
    if not programs:
        print("oracle: no golden programs found under %s" %
              (", ".join(rel(p) for p in paths) if paths else "examples/ or Tests/golden/"))

    counts = {"pass": 0, "fail": 0, "skip": 0}
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for program, (verdict, msgs) in zip(programs, pool.map(lambda p: check(p, interps), programs)):
            counts[verdict] += 1
            if args.verbose and verdict != "fail":
                print("%s %s" % (verdict.upper(), rel(program)))
            for m in msgs:
                print(m)
            sys.stdout.flush()
    print("oracle: %d passed, %d failed, %d skipped" % (counts["pass"], counts["fail"], counts["skip"]))
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
