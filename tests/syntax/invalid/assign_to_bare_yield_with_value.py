def produce():
    yield item = 3
