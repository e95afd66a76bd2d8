# A main module whose namespace holds no function is freed by its count at exit: its
# objects go in order, and weak references still alive call back.
import weakref
class R(weakref.ref): pass
class O: pass
o = O()
r = R(o, print)
p = weakref.ref(o, print)
