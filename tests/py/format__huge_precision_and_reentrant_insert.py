# Float formats with precisions past Rust's formatting limit (65,535), and bytearray.insert
# when the position's __index__ empties the bytearray (both panicked), or on a subclass.
print(len(format(1.5, '.100000f')), len('%.70000f' % 2.5), len(format(1e-300, '.70000e')), len(format(1/3, '.70000g')), len(format(0.0, '#.70000g')), len(format(0.25, '.70000%')))
print(format(1.5, '.70000f')[-3:], format(1/3, '.70000e')[-8:], format(123.456, '.1200f')[:12])
class B(bytearray): pass
b = B(b'ab'); b.insert(0, 120); b.insert(-100, 121); b.insert(100, 122); print(b)
class Shrink:
    def __init__(self, ba): self.ba = ba
    def __index__(self):
        del self.ba[:]
        return 10
ba = bytearray(b'0123456789abc')
ba.insert(Shrink(ba), 65); print(ba)
