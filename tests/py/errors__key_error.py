# An uncaught KeyError from a dict lookup.
config = {"host": "localhost", "port": 8080}
print("host is", config["host"])
print("keys:", list(config))
print("user is", config["user"])
