# Dropping a suspended generator closes it: its finally blocks run and GeneratorExit is raised inside.
def gen(name):
    try:
        print(name, "started")
        yield 1
        yield 2
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally")


g = gen("g1")
print("next:", next(g))
print("dropping suspended generator")
del g
print("---")
g2 = gen("g2")
print("dropping unstarted generator (no output)")
del g2
print("---")
g3 = gen("g3")
print(list(g3))
print("dropping finished generator")
del g3
print("end")
