"""json.scanner: make_scanner(context) gives the `scan_once(string, idx)` a JSONDecoder
uses: one value from `idx` as `(value, end)`, StopIteration(idx) where none starts."""

__all__ = ["make_scanner"]


def make_scanner(context):
    from json.decoder import JSONDecoder

    def scan_once(string, idx):
        return JSONDecoder.scan_once(context, string, idx)

    return scan_once


py_make_scanner = c_make_scanner = make_scanner
