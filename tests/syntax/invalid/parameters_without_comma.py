def broken(
   a b):
    pass
