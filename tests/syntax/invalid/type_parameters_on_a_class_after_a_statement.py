# PEP 695 (3.12) type parameters are not 3.11 syntax: the error is at the bracket, not a comma
# missing before it on an earlier line.
x = 1
class G[T]:
    pass
