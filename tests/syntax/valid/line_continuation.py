# explicit and implicit line joining
x = 1 + \
    2 + \
    3

if a and \
   b:
    pass

y = (1 +
     2 +
     3)

z = [
    1,  # comment inside brackets
    # a full-line comment inside brackets
    2,
]

d = {
    "a": 1,

    "b": 2,
}

f(a,
  b,
      c)

with open("x") as f, \
     open("y") as g:
    pass
