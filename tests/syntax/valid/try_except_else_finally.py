# try statements in all their forms
try:
    pass
except ValueError:
    pass

try:
    risky()
except ValueError as e:
    handle(e)
except (TypeError, KeyError):
    pass
except Exception:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except:
    pass
else:
    pass
