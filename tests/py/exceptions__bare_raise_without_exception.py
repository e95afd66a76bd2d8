# A bare `raise` with no exception being handled raises a RuntimeError at that line: the
# traceback shows the function it ran in.
def f():
    raise


def g():
    f()


g()
