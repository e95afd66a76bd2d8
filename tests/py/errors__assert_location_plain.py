# A failed assert whose test is no comparison is shown without markers.
assert (False and True), " ".join(str(x) for x in [25, 24, 25, 8, 17])
