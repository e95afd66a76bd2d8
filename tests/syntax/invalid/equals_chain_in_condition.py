if x = y = 2:
    pass
