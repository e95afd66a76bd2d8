# The corners of sys about threads and the build, as a one-thread interpreter answers them.
import sys, threading
print(sys._current_exceptions() == {threading.get_ident(): (None, None, None)}, sys._getquickenedcount() >= 0, sys._home, sys.getdlopenflags(), sys.get_coroutine_origin_tracking_depth(), repr(sys._framework))
try:
    raise KeyError(1)
except KeyError as e:
    print(sys._current_exceptions()[threading.get_ident()][1] is e)
print(type(sys.stdlib_module_names), len(sys.stdlib_module_names), "re" in sys.stdlib_module_names, "numpy" in sys.stdlib_module_names)
def f():
    return sys._current_frames()[threading.get_ident()]
fr = f()
print(fr.f_code.co_name, fr is not sys._getframe())
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
try: sys.set_coroutine_origin_tracking_depth(-1)
except Exception as e: print(type(e).__name__, e)
print(sys.thread_info.name, sys.thread_info.lock, type(sys.thread_info).__name__, len(sys.thread_info))
print(sys._clear_type_cache(), sys.setdlopenflags(2))
print(sys._git[1:], isinstance(sys._git, tuple))
print(sys.__breakpointhook__ is sys.breakpointhook)
