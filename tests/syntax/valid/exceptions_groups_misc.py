# except clause forms
try:
    pass
except:
    pass

try:
    pass
except (A, B) as e:
    print(e)
except (C,):
    pass
except D as err:
    del err
except mod.Error:
    pass
except (A, B):
    pass
except E:
    pass

try:
    try:
        pass
    finally:
        pass
except Exception:
    pass
