# list, tuple, dict and set displays
l = []
l = [1]
l = [1, 2, 3,]
l = [*a, *b, 3]
t = ()
t = (1,)
t = 1,
t = (1, 2, 3,)
t = (*a, b)
d = {}
d = {"a": 1}
d = {"a": 1, "b": 2,}
d = {**a, "b": 2, **c}
s = {1}
s = {1, 2, 3,}
s = {*a, *b}
nested = [[1, 2], (3, 4), {5: 6}, {7}]
multi = [
    1,
    2,
]
