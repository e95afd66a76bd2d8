#!/usr/bin/env python3
"""Differential fuzzer for `re`: random patterns (sequences, alternation, every quantifier
kind, groups of every kind, lookarounds, back references, conditionals, inline flags) and
random subjects, run under CPython 3.11 and under an interpreter; prints the cases whose
results differ (match/search/fullmatch spans and groups, findall, sub, split, or the error).

    python3 tests/fuzz/refuzz.py --interp target/release/reap --seed 1 --count 2000

Exit status 1 when some case differs. tests/py/re__generated_patterns.py keeps one run's
cases (seed 7) as a recorded script.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ATOMS = ["a", "b", "c", ".", r"\d", r"\w", r"\s", r"\W", r"\D", "[ab]", "[^a]", "[a-c]",
         "[^b-c]", r"[\d]", r"[a\s]", "x", "A", "B", r"\b", r"\B", "^", "$", r"\A", r"\Z",
         "[.]", r"\.", "é", "É", "-", " ", "1"]
QUANTS = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{,2}", "{2,}?", "*+",
          "++", "?+"]
SUBJECT = "abcAB xé1É-.\n"
FLAGS = [0, 0, 2, 8, 16, 256, 2 | 256, 64]

RUNNER = r'''
import re, sys
for pattern, flags, subject in eval(open(sys.argv[1], encoding="utf-8").read()):
    try:
        r = re.compile(pattern, flags)
    except Exception as e:
        print(repr(pattern), flags, "ERR", type(e).__name__, str(e))
        continue
    out = []
    for fn in (r.match, r.search, r.fullmatch):
        m = fn(subject)
        out.append(None if m is None else (m.span(), m.groups(), m.lastindex))
    out.append(r.findall(subject))
    out.append(r.sub("<\\g<0>>", subject))
    out.append(r.split(subject))
    print(repr(pattern), flags, repr(subject), out)
'''


def generate(rnd, count):
    def atom(depth):
        r = rnd.random()
        if depth > 3 or r < 0.5:
            return rnd.choice(ATOMS)
        for limit, make in [
            (0.62, lambda: "(" + alt(depth + 1) + ")"),
            (0.68, lambda: "(?:" + alt(depth + 1) + ")"),
            (0.72, lambda: "(?P<g%d>" % rnd.randint(0, 99) + alt(depth + 1) + ")"),
            (0.76, lambda: "(?=" + alt(depth + 1) + ")"),
            (0.79, lambda: "(?!" + alt(depth + 1) + ")"),
            (0.82, lambda: "(?<=" + rnd.choice(["a", "b", "ab", r"\d", "[ab]c"]) + ")"),
            (0.85, lambda: "(?<!" + rnd.choice(["a", "b", "ab", r"\s"]) + ")"),
            (0.88, lambda: "(?>" + alt(depth + 1) + ")"),
            (0.91, lambda: r"\1"),
            (0.94, lambda: "(?(1)" + seq(depth + 1) + "|" + seq(depth + 1) + ")"),
        ]:
            if r < limit:
                return make()
        return "(?i:" + alt(depth + 1) + ")"

    def seq(depth):
        return "".join(atom(depth) + rnd.choice(QUANTS) for _ in range(rnd.randint(0, 4)))

    def alt(depth):
        return "|".join(seq(depth) for _ in range(rnd.choice([1, 1, 1, 2, 3])))

    return [(alt(0), rnd.choice(FLAGS), "".join(rnd.choice(SUBJECT) for _ in range(rnd.randint(0, 12))))
            for _ in range(count)]


def run(command, cases_path, runner_path, timeout):
    try:
        p = subprocess.run(command + [runner_path, cases_path], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return p.stdout.decode("utf-8", "replace").splitlines()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--interp", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--timeout", type=float, default=300)
    args = ap.parse_args()
    cases = generate(random.Random(args.seed), args.count)
    with tempfile.TemporaryDirectory() as tmp:
        cases_path = os.path.join(tmp, "cases.txt")
        runner_path = os.path.join(tmp, "runner.py")
        with open(cases_path, "w", encoding="utf-8") as f:
            f.write(repr(cases))
        with open(runner_path, "w", encoding="utf-8") as f:
            f.write(RUNNER)
        expected = run(["python3"], cases_path, runner_path, args.timeout)
        got = run([args.interp], cases_path, runner_path, args.timeout)
    if got is None:
        print("refuzz: the interpreter timed out (a pattern that never ends?)")
        return 1
    differ = 0
    for case, want, have in zip(cases, expected, got):
        if want != have:
            differ += 1
            print("DIFF", repr(case))
            print("  cpython:", want[:300])
            print("  interp: ", have[:300])
    if len(got) != len(expected):
        print("refuzz: the interpreter stopped after %d of %d cases" % (len(got), len(expected)))
        differ += 1
    print("refuzz: seed %d, %d cases, %d differ" % (args.seed, len(cases), differ))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
