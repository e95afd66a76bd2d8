# Dataclasses with their generated repr are laid out field by field; so are namespaces.
import dataclasses
import pprint
import types


@dataclasses.dataclass
class Server:
    host: str
    port: int
    tags: list
    options: dict = dataclasses.field(default_factory=dict)
    secret: str = dataclasses.field(default="hidden", repr=False)


@dataclasses.dataclass
class Custom:
    value: list

    def __repr__(self):
        return "Custom(...)" + "." * 80


s = Server("example.internal.host.name", 8080, ["primary", "eu-west", "production-tier"],
           {"timeout": 30, "retries": 5, "backoff": 1.5})
pprint.pprint(s)
pprint.pprint([s, Server("b", 1, [])], width=60)
pprint.pprint(Server("short", 1, []))
pprint.pprint(Custom(list(range(30))))

ns = types.SimpleNamespace(alpha=1, beta=list(range(25)), gamma="x" * 40)
pprint.pprint(ns)
pprint.pprint(types.MappingProxyType({"a": 1, "b": "y" * 80}))
