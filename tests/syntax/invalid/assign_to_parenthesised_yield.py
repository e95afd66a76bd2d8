def produce():
    (yield) = 3
