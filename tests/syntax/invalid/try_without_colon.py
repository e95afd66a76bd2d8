try if x:
    pass
