# breakpoint() calls sys.breakpointhook, which imports and calls what $PYTHONBREAKPOINT names.
import sys, os
print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook)
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'nosuch.thing'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
print(breakpoint(1, 2, sep='-'))
os.environ['PYTHONBREAKPOINT'] = 'builtins.nosuch'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'print'
print(breakpoint('x'))
def hook(*a, **k): print("hook", a, k); return 5
sys.breakpointhook = hook
print(breakpoint(1, k=2))
del sys.breakpointhook
try: breakpoint()
except RuntimeError as e: print(e)
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = ''
del os.environ['PYTHONBREAKPOINT']
os.environ['PYTHONBREAKPOINT'] = 'os.getcwd'
print(breakpoint() == os.getcwd())
