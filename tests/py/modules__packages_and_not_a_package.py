# The built-in packages are packages (__path__, submodule_search_locations), and importing a
# submodule of a plain module says it is not a package.
import json, logging, collections, os, datetime, unittest, urllib
for m in (json, logging, collections, os, datetime, unittest, urllib):
    print(m.__name__, hasattr(m, '__path__'), m.__spec__.submodule_search_locations is not None)
for name in ['datetime.datetime', 'os.nothing', 'json.nothing', 'collections.nope', 'nosuchpkg.sub']:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(e, e.name)
import json.decoder, logging.config, urllib.parse, html.parser
print(json.decoder.__name__, urllib.parse.quote('a b'))
import datetime.datetime
