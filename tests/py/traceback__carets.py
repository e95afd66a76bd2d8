# The traceback module places CPython's carets under the failing expression of each frame
# (binary operators and subscripts anchored with ~ and ^), through tb_lasti and
# code.co_positions(): format_exc, print_exc, logging.exception, TracebackException.
import logging
import sys
import traceback

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")


def divide(a, b):
    return a / b


def lookup(table, key):
    return table["rows"][key]


def call_chain(x):
    return divide(x, 0) + 1


cases = [
    lambda: divide(1, 0),
    lambda: lookup({"rows": {}}, "missing"),
    lambda: call_chain(5),
    lambda: [1, 2, 3][10],
    lambda: {"a": 1}["a"]["b"],
    lambda: None.attribute,
    lambda: int("x") + 2,
    lambda: "é" + 1,
    lambda: len(5),
]
for case in cases:
    try:
        case()
    except Exception:
        print(traceback.format_exc())

try:
    values = [1, 2]
    total = (values[0] *
             values[7])
except IndexError:
    traceback.print_exc(file=sys.stdout)

try:
    lookup({"rows": []}, 3)
except IndexError:
    logging.exception("lookup failed")

try:
    call_chain(1)
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)
    print(e.__traceback__.tb_lasti >= 0, type(divide.__code__.co_positions()).__name__ != "")
