# NameError for a name that was never defined.
def compute():
    total = 10
    return total * undefined_multiplier_xyz

print("start")
compute()
