# except*: matching, what each clause sees, re-raising the unhandled rest, raising in handlers.
import sys

def run(label, body):
    print("--", label)
    try:
        body()
    except BaseException as e:
        print("escaped:", repr(e))
        if isinstance(e, BaseExceptionGroup):
            for x in e.exceptions:
                print("   member:", repr(x), "context:", repr(x.__context__))
        print("   context:", repr(e.__context__), "cause:", repr(e.__cause__))
    else:
        print("nothing escaped")

def full_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("ValueError clause:", repr(e), repr(sys.exception()), e is sys.exception())
    except* TypeError as e:
        print("TypeError clause:", repr(e))
    print("after, exception is", sys.exception())
run("every part handled", full_match)

def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("ValueError clause:", repr(e))
run("unhandled rest re-raised", partial)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped:", repr(e), type(e).__name__, repr(e.exceptions[0]))
        print("e bound to group:", e.exceptions[0].__traceback__ is not None)
run("naked exception wrapped", naked)

def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")
run("naked exception not matched", naked_unmatched)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run("naked exception re-raised bare", naked_reraise)

def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from handler")
    except* TypeError:
        raise
run("raised and re-raised combine", raise_in_handler)

def only_raised():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")
run("a single raised exception escapes alone", only_raised)

def two_raised():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("one")
    except* TypeError:
        raise IndexError("two")
run("two raised", two_raised)

def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e
run("raise from in handler", raise_from)

def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, KeyError) as e:
        print("tuple clause:", repr(e))
    except* Exception as e:
        print("rest clause:", repr(e))
run("tuple of types", tuple_types)

def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("values:", repr(e))
    except* TypeError as e:
        print("types:", repr(e))
run("nested groups keep their shape", nested_groups)

def with_else_finally():
    for exc in (None, ExceptionGroup("g", [ValueError(1)]), ExceptionGroup("g", [TypeError(2)])):
        try:
            try:
                if exc is not None:
                    raise exc
                print("body ran")
            except* ValueError:
                print("handled ValueError")
            else:
                print("else ran")
            finally:
                print("finally ran")
        except ExceptionGroup as e:
            print("outer caught", repr(e))
run("else and finally", with_else_finally)

def bad_types():
    for t in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, "x"):
        try:
            try:
                raise ValueError(1)
            except* t:
                pass
        except TypeError as e:
            print(repr(t), "->", e, "| context:", repr(e.__context__))
run("types except* refuses", bad_types)

def unmatched_group_identity():
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    try:
        try:
            raise eg
        except* OSError:
            pass
    except ExceptionGroup as e:
        print("same object:", e is eg, repr(e), e.exceptions[0] is eg.exceptions[0])
run("unmatched group re-raised as a copy", unmatched_group_identity)

def nested_try():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("inner handled ValueError")
    except* TypeError as e:
        print("outer handled", repr(e))
run("nested try statements", nested_try)

def loop_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(i) for i in range(4)])
    except* ValueError as e:
        for x in e.exceptions:
            if x.args[0] == 2:
                break
            if x.args[0] == 0:
                continue
            print("looking at", x)
run("a loop inside a clause", loop_inside)

def name_unbound():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        e
    except NameError as err:
        print(err)
run("the name is unbound after the clause", name_unbound)

def generator():
    try:
        yield 1
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        yield repr(e)
    yield "end"
def gen_body():
    g = generator()
    print(next(g), next(g))
    next(g)
run("in a generator", gen_body)

def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("KeyboardInterrupt clause:", repr(e))
run("base exceptions", base_exceptions)

def handler_context():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise OSError("inner")
        except OSError as inner:
            print("inner context:", repr(inner.__context__))
        print("restored:", repr(sys.exception()))
run("exceptions inside a clause", handler_context)
