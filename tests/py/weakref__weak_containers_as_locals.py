# A WeakSet or WeakKeyDictionary that is a local, holding another local, dies with its frame
# (in either order); its removal callbacks find it dead and do nothing.
import weakref

class R:
    pass

def set_after_item():
    r = R()
    s = weakref.WeakSet()
    s.add(r)
    print(len(s))

def dict_before_item():
    k = weakref.WeakKeyDictionary()
    r = R()
    k[r] = 1
    print(len(k))

def dict_after_item():
    r = R()
    k = weakref.WeakKeyDictionary()
    k[r] = 1

def value_dict():
    r = R()
    v = weakref.WeakValueDictionary()
    v['a'] = r
    return len(v)

set_after_item()
dict_before_item()
dict_after_item()
print(value_dict())

def dying_referent_reads_dead():
    seen = []
    class T:
        pass
    t = T()
    w = weakref.ref(t)
    class Spy:
        def __del__(self):
            seen.append(w() is None)
    t.spy = Spy()
    del t
    print('weakref read from a finalizer of a dying object:', seen)

dying_referent_reads_dead()
print('ok')
