# Pretty-printing a nested application config, as one does while debugging.
import pprint

config = {
    "service": "billing-api",
    "version": "2.14.1",
    "debug": False,
    "database": {
        "primary": {"host": "db-primary.internal.example.com", "port": 5432, "pool": {"min": 2, "max": 20}},
        "replicas": [
            {"host": "db-replica-1.internal.example.com", "port": 5432, "weight": 0.5},
            {"host": "db-replica-2.internal.example.com", "port": 5432, "weight": 0.5},
        ],
        "options": ("sslmode=require", "connect_timeout=10"),
    },
    "features": ["invoices", "refunds", "multi-currency", "audit-log", "webhooks"],
    "limits": {"requests_per_minute": 1200, "burst": 60, "max_body_bytes": 10485760},
    "retry_codes": {500, 502, 503, 504},
    "empty": {"list": [], "dict": {}, "tuple": (), "set": set()},
    "single": (1,),
}

pprint.pprint(config)
print("--- width=120")
pprint.pprint(config, width=120)
print("--- depth=2")
pprint.pprint(config, depth=2)
print("--- pp keeps insertion order")
pprint.pp(config["database"])
print("--- compact")
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(config["features"] * 3, compact=True, width=50)
print("--- indent=4")
pprint.pprint(config["database"], indent=4)
print("--- underscore_numbers")
pprint.pprint(config["limits"], underscore_numbers=True, width=40)
text = pprint.pformat(config, width=60)
print(type(text).__name__, text.count("\n"), text == pprint.pformat(config, 1, 60))
print(pprint.pformat("short"), pprint.pformat(12345678, underscore_numbers=True), pprint.pformat(None))
