# Stacked decorators apply bottom-up; decorators can register functions.
def bold(f):
    print("decorating", f.__name__, "with bold")
    return lambda: "<b>" + f() + "</b>"

def italic(f):
    print("decorating", f.__name__, "with italic")
    return lambda: "<i>" + f() + "</i>"

@bold
@italic
def text():
    return "txt"

print(text())
registry = []

def register(f):
    registry.append(f.__name__)
    return f

@register
def one():
    return 1

@register
def two():
    return 2

print(registry, one(), two())

class Plugin:
    @staticmethod
    @register
    def hook():
        return "hook"

print(registry, Plugin.hook())
