# A bare raise SystemExit exits with status 0; finally blocks still run.
try:
    print("raising SystemExit")
    raise SystemExit
finally:
    print("finally runs")
