value = 3
if value = 3 + 4 and ready:
    pass
