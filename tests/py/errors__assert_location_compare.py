# A failed assert points at the last comparison its test jumped through.
x = 0
assert (x if x else x < 0) or not x == 0
