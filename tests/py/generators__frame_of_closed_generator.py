# A generator's frame object, held after the generator is closed before it started (or after
# it ran), keeps its code, line and variables.
def g(a):
    b = a + 1
    yield b
x = g(1)
fr = x.gi_frame
x.close()
print(x.gi_frame, fr.f_lineno, fr.f_code.co_name, fr.f_locals)
y = g(5)
fr2 = y.gi_frame
next(y)
print(fr2.f_locals)
y.close()
print(fr2.f_lineno, fr2.f_locals)
del x, y
print(fr.f_code.co_name, fr2.f_code.co_name)
