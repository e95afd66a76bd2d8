print("never printed")
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
