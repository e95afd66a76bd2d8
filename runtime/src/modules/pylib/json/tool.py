"""json.tool: `reap -m json.tool [infile [outfile]]` checks JSON and writes it out again,
indented (four spaces unless told otherwise), as CPython's command does. Its help texts are
Reap's own wording."""

import argparse
import json
import sys


def main():
    parser = argparse.ArgumentParser(
        prog="python -m json.tool",
        description="Check JSON text and write it out again, pretty-printed.")
    parser.add_argument("infile", nargs="?", type=argparse.FileType(encoding="utf-8"),
                        default=sys.stdin, help="the JSON file to read (default: standard input)")
    parser.add_argument("outfile", nargs="?", type=argparse.FileType("w", encoding="utf-8"),
                        default=sys.stdout, help="where to write the result (default: standard output)")
    parser.add_argument("--sort-keys", action="store_true", default=False,
                        help="write each object's keys in sorted order")
    parser.add_argument("--no-ensure-ascii", dest="ensure_ascii", action="store_false",
                        help="write non-ASCII characters as they are, not as \\u escapes")
    parser.add_argument("--json-lines", action="store_true", default=False,
                        help="read one JSON value per line (JSON Lines); with --no-indent or "
                             "--compact the output is JSON Lines too")
    spacing = parser.add_mutually_exclusive_group()
    spacing.add_argument("--indent", default=4, type=int,
                         help="indent nested values by this many spaces, one item a line")
    spacing.add_argument("--tab", action="store_const", dest="indent", const="\t",
                         help="indent nested values by tabs, one item a line")
    spacing.add_argument("--no-indent", action="store_const", dest="indent", const=None,
                         help="keep each value on one line, items separated by spaces")
    spacing.add_argument("--compact", action="store_true",
                         help="leave out all optional whitespace")
    options = parser.parse_args()

    dump_args = {"sort_keys": options.sort_keys, "indent": options.indent,
                 "ensure_ascii": options.ensure_ascii}
    if options.compact:
        dump_args["indent"] = None
        dump_args["separators"] = ",", ":"

    with options.infile as infile:
        try:
            if options.json_lines:
                objs = (json.loads(line) for line in infile)
            else:
                objs = (json.load(infile),)
            with options.outfile as outfile:
                for obj in objs:
                    json.dump(obj, outfile, **dump_args)
                    outfile.write("\n")
        except ValueError as e:
            raise SystemExit(e)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
