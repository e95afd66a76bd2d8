# keyword: the keyword lists and the membership tests.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist), keyword.kwlist == sorted(keyword.kwlist))
print(sorted(keyword.__all__))


def check_identifier(name):
    if not name.isidentifier():
        return "not an identifier"
    if keyword.iskeyword(name):
        return "reserved keyword"
    if keyword.issoftkeyword(name):
        return "soft keyword"
    return "ok"


for name in ["class", "klass", "match", "case", "_", "None", "none", "async", "await", "print",
             "type", "2x", "lambda", "", "True", "If"]:
    print(repr(name), check_identifier(name))

print([w for w in "if the class is not in the list then pass".split() if keyword.iskeyword(w)])
print(keyword.iskeyword(1), keyword.issoftkeyword(None), keyword.iskeyword(b"if"))
try:
    keyword.iskeyword([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    keyword.issoftkeyword({})
except TypeError as e:
    print(type(e).__name__, e)
