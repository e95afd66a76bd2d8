# Builtin functions name their module (builtins, math...) and qualified name; methods of
# builtin types belong to no module.
import math, time, json
print(len.__module__, len.__qualname__, math.sqrt.__module__, math.sqrt.__qualname__, time.time.__module__)
print(repr([].append.__module__), [].append.__qualname__, repr(object.__new__.__module__), object.__new__.__qualname__)
print(isinstance.__module__, sorted.__qualname__)
