# raise statements
def f():
    raise

def g():
    raise ValueError

def h():
    raise ValueError("bad")

def k():
    try:
        pass
    except KeyError as e:
        raise RuntimeError("wrapped") from e

def m():
    raise RuntimeError from None
