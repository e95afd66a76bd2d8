# gc.get_referrers() finds the list and the instance that hold an object.
import gc


class Box:
    pass


target = Box()
holder = [target]
box = Box()
box.item = target
refs = gc.get_referrers(target)
print("holder list found:", any(r is holder for r in refs))
print("box dict or box found:", any(r is box or r is getattr(box, "__dict__", None) for r in refs))
other = [1, 2]
print("unrelated list found:", any(r is other for r in refs))
holder.clear()
print("after clear, holder found:", any(r is holder for r in gc.get_referrers(target)))
