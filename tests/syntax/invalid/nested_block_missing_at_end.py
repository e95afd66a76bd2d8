if x:
    if y:
        pass
    if z:
