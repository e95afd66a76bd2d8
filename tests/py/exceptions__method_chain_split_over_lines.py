# A failure inside a method chain written over several lines is reported at the line of the
# failing .method(), as CPython places it.
class Q:
    def where(self, x):
        if x > 2:
            raise ValueError("bad filter")
        return self
    def limit(self):
        return self
q = Q()
r = (q
     .where(1)
     .limit())
print("ok")
r = (q.where(1)
      .limit()
      .where(3))
