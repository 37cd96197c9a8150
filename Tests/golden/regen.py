#!/usr/bin/env python3
"""Regenerate golden outputs for EvoScript tests using CPython 3.8.

Usage: python3 Tests/golden/regen.py FILE.evo|DIR [FILE.evo|DIR ...]

For each file, runs `cd <dir> && PYTHONHASHSEED=0 python3.8 -W ignore <name>.evo`
and writes <name>.out (stdout, exactly). If the exit status is non-zero it also
writes <name>.err: a first line `# exit: N`, then the whole stderr with every
`0x` + hex digits replaced by `0x?`. A stale .err is removed when the program
exits with status 0.
"""
import os
import re
import subprocess
import sys

PY = os.path.expanduser("~/.pyenv/versions/3.8.18/bin/python3.8")


def regen(path):
    path = os.path.abspath(path)
    d, name = os.path.split(path)
    base = name[:-4] if name.endswith(".evo") else name
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    p = subprocess.run([PY, "-W", "ignore", name], cwd=d, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=30)
    out_path = os.path.join(d, base + ".out")
    err_path = os.path.join(d, base + ".err")
    with open(out_path, "wb") as f:
        f.write(p.stdout)
    wrote = [out_path]
    if p.returncode != 0:
        err = re.sub(rb"0x[0-9a-fA-F]+", b"0x?", p.stderr)
        with open(err_path, "wb") as f:
            f.write(b"# exit: %d\n" % p.returncode + err)
        wrote.append(err_path)
    else:
        if os.path.exists(err_path):
            os.remove(err_path)
        if p.stderr:
            print("WARNING: %s exited 0 but wrote to stderr:\n%s"
                  % (path, p.stderr.decode("utf-8", "replace")))
    for w in wrote:
        print("wrote", os.path.relpath(w))
    return p.returncode


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    for a in argv:
        if os.path.isdir(a):
            for n in sorted(os.listdir(a)):
                if n.endswith(".evo"):
                    regen(os.path.join(a, n))
        else:
            regen(a)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
