# A traceback object handed out stays as it was when the exception is raised again, and a
# context manager made with @contextmanager leaves no frames of its own in the traceback of
# the error it lets through.
import traceback
from contextlib import contextmanager


def reraise(e):
    raise e


try:
    raise ValueError("v")
except ValueError as e:
    tb = e.__traceback__
    try:
        reraise(e)
    except ValueError:
        pass
    print(tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
    now = e.__traceback__
    print(now.tb_lineno, now.tb_next.tb_lineno, now.tb_next.tb_frame.f_code.co_name, now.tb_next.tb_next.tb_lineno)
    print([f.name for f in traceback.extract_tb(tb)], [f.name for f in traceback.extract_tb(now)])
    e.__traceback__ = tb
    print([f.lineno for f in traceback.extract_tb(e.__traceback__)])


def inner():
    raise KeyError("deep")


def outer():
    inner()


try:
    outer()
except KeyError as e:
    saved = e
chain = []
t = saved.__traceback__
while t is not None:
    chain.append((t.tb_frame.f_code.co_name, t.tb_lineno))
    t = t.tb_next
print(chain)
print(saved.with_traceback(None).__traceback__)


@contextmanager
def cm():
    print("enter")
    yield
    print("not reached")


with cm():
    raise RuntimeError("boom")
