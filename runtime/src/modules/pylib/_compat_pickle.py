"""_compat_pickle, written in Python for Reap: the Python 2 <-> Python 3 names pickle translates.

A pickle made by Python 2 names `__builtin__.xrange` or `exceptions.ValueError`; loading one
with protocol < 3 (and `fix_imports`, the default) translates the names to Python 3's.
Pickling with protocol < 3 translates the other way, so that Python 2 can read the result.
The tables hold the same entries as CPython 3.11's:

- IMPORT_MAPPING: old module name -> new module name (used when loading);
- NAME_MAPPING: (old module, old name) -> (new module, new name) (used when loading, first);
- REVERSE_IMPORT_MAPPING and REVERSE_NAME_MAPPING: the same, from 3 to 2 (used when dumping).
"""


def _pairs(text):
    """The whitespace-separated pairs of a table written one pair a line."""
    return [tuple(line.split()) for line in text.strip().splitlines()]


# Module renames that work in both directions.
_MODULES = _pairs("""
__builtin__ builtins
copy_reg copyreg
Queue queue
SocketServer socketserver
ConfigParser configparser
repr reprlib
tkFileDialog tkinter.filedialog
tkSimpleDialog tkinter.simpledialog
tkColorChooser tkinter.colorchooser
tkCommonDialog tkinter.commondialog
Dialog tkinter.dialog
Tkdnd tkinter.dnd
tkFont tkinter.font
tkMessageBox tkinter.messagebox
ScrolledText tkinter.scrolledtext
Tkconstants tkinter.constants
Tix tkinter.tix
ttk tkinter.ttk
Tkinter tkinter
markupbase _markupbase
_winreg winreg
thread _thread
dummy_thread _dummy_thread
dbhash dbm.bsd
dumbdbm dbm.dumb
dbm dbm.ndbm
gdbm dbm.gnu
xmlrpclib xmlrpc.client
SimpleXMLRPCServer xmlrpc.server
httplib http.client
htmlentitydefs html.entities
HTMLParser html.parser
Cookie http.cookies
cookielib http.cookiejar
BaseHTTPServer http.server
test.test_support test.support
commands subprocess
urlparse urllib.parse
robotparser urllib.robotparser
urllib2 urllib.request
anydbm dbm
_abcoll collections.abc
""")

# (module, name) renames that work in both directions: old module, old name, new module, new
# name.
_NAMES = _pairs("""
__builtin__ xrange builtins range
__builtin__ reduce functools reduce
__builtin__ intern sys intern
__builtin__ unichr builtins chr
__builtin__ unicode builtins str
__builtin__ long builtins int
itertools izip builtins zip
itertools imap builtins map
itertools ifilter builtins filter
itertools ifilterfalse itertools filterfalse
itertools izip_longest itertools zip_longest
UserDict IterableUserDict collections UserDict
UserList UserList collections UserList
UserString UserString collections UserString
whichdb whichdb dbm whichdb
_socket fromfd socket fromfd
_multiprocessing Connection multiprocessing.connection Connection
multiprocessing.process Process multiprocessing.context Process
multiprocessing.forking Popen multiprocessing.popen_fork Popen
urllib ContentTooShortError urllib.error ContentTooShortError
urllib getproxies urllib.request getproxies
urllib pathname2url urllib.request pathname2url
urllib quote_plus urllib.parse quote_plus
urllib quote urllib.parse quote
urllib unquote_plus urllib.parse unquote_plus
urllib unquote urllib.parse unquote
urllib url2pathname urllib.request url2pathname
urllib urlcleanup urllib.request urlcleanup
urllib urlencode urllib.parse urlencode
urllib urlopen urllib.request urlopen
urllib urlretrieve urllib.request urlretrieve
urllib2 HTTPError urllib.error HTTPError
urllib2 URLError urllib.error URLError
""")

# The exception classes Python 2 kept in its `exceptions` module (StandardError is handled
# below: it is gone in Python 3).
PYTHON2_EXCEPTIONS = tuple("""
ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning
DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning
GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError
KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError OverflowError
PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError
SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError
UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError
Warning ZeroDivisionError
""".split())

try:
    WindowsError
except NameError:
    pass
else:
    PYTHON2_EXCEPTIONS += ("WindowsError",)

MULTIPROCESSING_EXCEPTIONS = ("AuthenticationError", "BufferTooShort", "ProcessError",
                              "TimeoutError")

PYTHON3_OSERROR_EXCEPTIONS = tuple("""
BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError
InterruptedError IsADirectoryError NotADirectoryError PermissionError ProcessLookupError
TimeoutError
""".split())

PYTHON3_IMPORTERROR_EXCEPTIONS = ("ModuleNotFoundError",)

IMPORT_MAPPING = dict(_MODULES)
NAME_MAPPING = {(a, b): (c, d) for a, b, c, d in _NAMES}
for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)
for _name in MULTIPROCESSING_EXCEPTIONS:
    NAME_MAPPING[("multiprocessing", _name)] = ("multiprocessing.context", _name)

REVERSE_IMPORT_MAPPING = {new: old for old, new in IMPORT_MAPPING.items()}
REVERSE_NAME_MAPPING = {new: old for old, new in NAME_MAPPING.items()}

# Translations that only go one way.
IMPORT_MAPPING.update(_pairs("""
cPickle pickle
_elementtree xml.etree.ElementTree
FileDialog tkinter.filedialog
SimpleDialog tkinter.simpledialog
DocXMLRPCServer xmlrpc.server
SimpleHTTPServer http.server
CGIHTTPServer http.server
UserDict collections
UserList collections
UserString collections
whichdb dbm
StringIO io
cStringIO io
"""))

REVERSE_IMPORT_MAPPING.update(_pairs("""
_bz2 bz2
_dbm dbm
_functools functools
_gdbm gdbm
_pickle pickle
"""))

NAME_MAPPING.update({(a, b): (c, d) for a, b, c, d in _pairs("""
__builtin__ basestring builtins str
exceptions StandardError builtins Exception
UserDict UserDict collections UserDict
socket _socketobject socket SocketType
""")})

# These run from the Python 3 name (the first two words) to the Python 2 one.
REVERSE_NAME_MAPPING.update({(a, b): (c, d) for a, b, c, d in _pairs("""
_functools reduce __builtin__ reduce
tkinter.filedialog FileDialog FileDialog FileDialog
tkinter.filedialog LoadFileDialog FileDialog LoadFileDialog
tkinter.filedialog SaveFileDialog FileDialog SaveFileDialog
tkinter.simpledialog SimpleDialog SimpleDialog SimpleDialog
xmlrpc.server ServerHTMLDoc DocXMLRPCServer ServerHTMLDoc
xmlrpc.server XMLRPCDocGenerator DocXMLRPCServer XMLRPCDocGenerator
xmlrpc.server DocXMLRPCRequestHandler DocXMLRPCServer DocXMLRPCRequestHandler
xmlrpc.server DocXMLRPCServer DocXMLRPCServer DocXMLRPCServer
xmlrpc.server DocCGIXMLRPCRequestHandler DocXMLRPCServer DocCGIXMLRPCRequestHandler
http.server SimpleHTTPRequestHandler SimpleHTTPServer SimpleHTTPRequestHandler
http.server CGIHTTPRequestHandler CGIHTTPServer CGIHTTPRequestHandler
_socket socket socket _socketobject
""")})

for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "OSError")
for _name in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "ImportError")
del _name
