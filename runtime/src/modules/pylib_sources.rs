//! The Python-written modules built into the binary, by cargo feature group: a host
//! that leaves a group out leaves its sources out of the binary too.

/// The built-in modules that are packages (their submodules are built in too): they have a
/// `__path__` (empty: none of their submodules is a file).
pub const PACKAGES: &[&str] =
    &["asyncio", "collections", "concurrent", "html", "importlib", "json", "logging", "unittest", "urllib"];

/// The source of the built-in Python module `name`, if this build has one.
pub fn embedded_module(name: &str) -> Option<&'static str> {
    core(name)
        .or_else(|| text(name))
        .or_else(|| data(name))
        .or_else(|| files(name))
        .or_else(|| numbers(name))
        .or_else(|| devtools(name))
        .or_else(|| asyncio(name))
}

fn core(name: &str) -> Option<&'static str> {
    Some(match name {
        "__future__" => include_str!("pylib/__future__.py"),
        "_reap_help" => include_str!("pylib/_reap_help.py"),
        "_reap_types" => include_str!("pylib/_reap_types.py"),
        "_reap_mappingproxy" => include_str!("pylib/_reap_mappingproxy.py"),
        "_reap_longrange" => include_str!("pylib/_reap_longrange.py"),
        "_collections_user" => include_str!("pylib/_collections_user.py"),
        "functools" => include_str!("pylib/functools.py"),
        "codecs" => include_str!("pylib/codecs.py"),
        "_reap_codecs_classes" => include_str!("pylib/_reap_codecs_classes.py"),
        "_reap_codecs_impl" => include_str!("pylib/_reap_codecs_impl.py"),
        "itertools" => include_str!("pylib/itertools.py"),
        "contextlib" => include_str!("pylib/contextlib.py"),
        "io" => include_str!("pylib/io.py"),
        "_reap_textio" => include_str!("pylib/_reap_textio.py"),
        "_reap_io_classes" => include_str!("pylib/_reap_io_classes.py"),
        "collections" => include_str!("pylib/collections.py"),
        "_collections" => include_str!("pylib/_collections.py"),
        "_reap_reprguard" => include_str!("pylib/_reap_reprguard.py"),
        "heapq" => include_str!("pylib/heapq.py"),
        "bisect" => include_str!("pylib/bisect.py"),
        "os" => include_str!("pylib/os.py"),
        "posixpath" => include_str!("pylib/posixpath.py"),
        "pwd" => include_str!("pylib/pwd.py"),
        "grp" => include_str!("pylib/grp.py"),
        "_reap_dbfile" => include_str!("pylib/_reap_dbfile.py"),
        "stat" => include_str!("pylib/stat.py"),
        "errno" => include_str!("pylib/errno.py"),
        "abc" => include_str!("pylib/abc.py"),
        "_weakrefset" => include_str!("pylib/_weakrefset.py"),
        "importlib" => include_str!("pylib/importlib.py"),
        "importlib.util" => include_str!("pylib/importlib_util.py"),
        "importlib.machinery" => include_str!("pylib/importlib_machinery.py"),
        "copy" => include_str!("pylib/copy.py"),
        "dataclasses" => include_str!("pylib/dataclasses.py"),
        "enum" => include_str!("pylib/enum.py"),
        "keyword" => include_str!("pylib/keyword.py"),
        "ast" => include_str!("pylib/ast.py"),
        "_reap_ast_unparse" => include_str!("pylib/_reap_ast_unparse.py"),
        "linecache" => include_str!("pylib/linecache.py"),
        "numbers" => include_str!("pylib/numbers.py"),
        "operator" => include_str!("pylib/operator.py"),
        "_operator" => include_str!("pylib/_operator.py"),
        "traceback" => include_str!("pylib/traceback.py"),
        "types" => include_str!("pylib/types.py"),
        "typing" => include_str!("pylib/typing.py"),
        "warnings" => include_str!("pylib/warnings.py"),
        "weakref" => include_str!("pylib/weakref.py"),
        "collections.abc" => include_str!("pylib/collections_abc.py"),
        "threading" => include_str!("pylib/threading.py"),
        "_thread" => include_str!("pylib/_thread.py"),
        "queue" => include_str!("pylib/queue.py"),
        "sched" => include_str!("pylib/sched.py"),
        "copyreg" => include_str!("pylib/copyreg.py"),
        "_reap_reduce" => include_str!("pylib/_reap_reduce.py"),
        "time" => include_str!("pylib/time.py"),
        "_time_local" => include_str!("pylib/_time_local.py"),
        "contextvars" => include_str!("pylib/contextvars.py"),
        "colorsys" => include_str!("pylib/colorsys.py"),
        "getpass" => include_str!("pylib/getpass.py"),
        "concurrent" => include_str!("pylib/concurrent/__init__.py"),
        "concurrent.futures" => include_str!("pylib/concurrent/futures/__init__.py"),
        "concurrent.futures._base" => include_str!("pylib/concurrent/futures/_base.py"),
        "concurrent.futures.thread" => include_str!("pylib/concurrent/futures/thread.py"),
        "concurrent.futures.process" => include_str!("pylib/concurrent/futures/process.py"),
        _ => return None,
    })
}

#[cfg(feature = "text")]
fn text(name: &str) -> Option<&'static str> {
    Some(match name {
        "locale" => include_str!("pylib/locale.py"),
        "string" => include_str!("pylib/string.py"),
        "re" => include_str!("pylib/re.py"),
        "textwrap" => include_str!("pylib/textwrap.py"),
        "fnmatch" => include_str!("pylib/fnmatch.py"),
        "shlex" => include_str!("pylib/shlex.py"),
        "difflib" => include_str!("pylib/difflib.py"),
        "html" => include_str!("pylib/html/__init__.py"),
        "html.entities" => include_str!("pylib/html/entities.py"),
        "html.parser" => include_str!("pylib/html/parser.py"),
        "urllib" => include_str!("pylib/urllib/__init__.py"),
        "urllib.parse" => include_str!("pylib/urllib/parse.py"),
        "pprint" => include_str!("pylib/pprint.py"),
        "reprlib" => include_str!("pylib/reprlib.py"),
        "_markupbase" => include_str!("pylib/_markupbase.py"),
        _ => return None,
    })
}

#[cfg(not(feature = "text"))]
fn text(_: &str) -> Option<&'static str> {
    None
}

#[cfg(feature = "data")]
fn data(name: &str) -> Option<&'static str> {
    Some(match name {
        "json" => include_str!("pylib/json/__init__.py"),
        "json.decoder" => include_str!("pylib/json/decoder.py"),
        "json.encoder" => include_str!("pylib/json/encoder.py"),
        "json.scanner" => include_str!("pylib/json/scanner.py"),
        "json.tool" => include_str!("pylib/json/tool.py"),
        "graphlib" => include_str!("pylib/graphlib.py"),
        "base64" => include_str!("pylib/base64.py"),
        "binascii" => include_str!("pylib/binascii.py"),
        "quopri" => include_str!("pylib/quopri.py"),
        "configparser" => include_str!("pylib/configparser.py"),
        "csv" => include_str!("pylib/csv.py"),
        "tomllib" => include_str!("pylib/tomllib.py"),
        "uuid" => include_str!("pylib/uuid.py"),
        "secrets" => include_str!("pylib/secrets.py"),
        "hmac" => include_str!("pylib/hmac.py"),
        "_reap_digests" => include_str!("pylib/_reap_digests.py"),
        "hashlib" => include_str!("pylib/hashlib.py"),
        "_compat_pickle" => include_str!("pylib/_compat_pickle.py"),
        "_pickle_load" => include_str!("pylib/_pickle_load.py"),
        "_pickle_dump" => include_str!("pylib/_pickle_dump.py"),
        "_pickle" => include_str!("pylib/_pickle.py"),
        "pickle" => include_str!("pylib/pickle.py"),
        "struct" => include_str!("pylib/struct.py"),
        "zlib" => include_str!("pylib/zlib.py"),
        "gzip" => include_str!("pylib/gzip.py"),
        _ => return None,
    })
}

#[cfg(not(feature = "data"))]
fn data(_: &str) -> Option<&'static str> {
    None
}

#[cfg(feature = "files")]
fn files(name: &str) -> Option<&'static str> {
    Some(match name {
        "shutil" => include_str!("pylib/shutil.py"),
        "tempfile" => include_str!("pylib/tempfile.py"),
        "glob" => include_str!("pylib/glob.py"),
        "fileinput" => include_str!("pylib/fileinput.py"),
        "filecmp" => include_str!("pylib/filecmp.py"),
        "pathlib" => include_str!("pylib/pathlib.py"),
        "platform" => include_str!("pylib/platform.py"),
        "subprocess" => include_str!("pylib/subprocess.py"),
        "signal" => include_str!("pylib/signal.py"),
        _ => return None,
    })
}

#[cfg(not(feature = "files"))]
fn files(_: &str) -> Option<&'static str> {
    None
}

#[cfg(feature = "numbers")]
fn numbers(name: &str) -> Option<&'static str> {
    Some(match name {
        "random" => include_str!("pylib/random.py"),
        "datetime" => include_str!("pylib/datetime.py"),
        "calendar" => include_str!("pylib/calendar.py"),
        "fractions" => include_str!("pylib/fractions.py"),
        "statistics" => include_str!("pylib/statistics.py"),
        "zoneinfo" => include_str!("pylib/zoneinfo.py"),
        "_decimal_text" => include_str!("pylib/_decimal_text.py"),
        "_decimal_ops" => include_str!("pylib/_decimal_ops.py"),
        "_decimal_math" => include_str!("pylib/_decimal_math.py"),
        "_decimal_context" => include_str!("pylib/_decimal_context.py"),
        "_decimal_base" => include_str!("pylib/_decimal_base.py"),
        "decimal" => include_str!("pylib/decimal.py"),
        "cmath" => include_str!("pylib/cmath.py"),
        _ => return None,
    })
}

#[cfg(not(feature = "numbers"))]
fn numbers(_: &str) -> Option<&'static str> {
    None
}

#[cfg(feature = "devtools")]
fn devtools(name: &str) -> Option<&'static str> {
    Some(match name {
        "getopt" => include_str!("pylib/getopt.py"),
        "cmd" => include_str!("pylib/cmd.py"),
        "code" => include_str!("pylib/code.py"),
        "codeop" => include_str!("pylib/codeop.py"),
        "argparse" => include_str!("pylib/argparse.py"),
        "logging" => include_str!("pylib/logging.py"),
        "logging.config" => include_str!("pylib/logging_config.py"),
        "logging.handlers" => include_str!("pylib/logging_handlers.py"),
        "unittest" => include_str!("pylib/unittest/__init__.py"),
        "unittest.mock" => include_str!("pylib/unittest/mock.py"),
        "unittest.__main__" => include_str!("pylib/unittest/__main__.py"),
        "unittest.async_case" => include_str!("pylib/unittest/async_case.py"),
        "unittest.case" => include_str!("pylib/unittest/_parts.py"),
        "unittest.util" => include_str!("pylib/unittest/_parts.py"),
        "unittest.result" => include_str!("pylib/unittest/_parts.py"),
        "unittest.runner" => include_str!("pylib/unittest/_parts.py"),
        "unittest.loader" => include_str!("pylib/unittest/_parts.py"),
        "unittest.suite" => include_str!("pylib/unittest/_parts.py"),
        "unittest.signals" => include_str!("pylib/unittest/_parts.py"),
        "timeit" => include_str!("pylib/timeit.py"),
        "_mock_patch" => include_str!("pylib/_mock_patch.py"),
        "_mock_calls" => include_str!("pylib/_mock_calls.py"),
        "_doctest_extras" => include_str!("pylib/_doctest_extras.py"),
        "doctest" => include_str!("pylib/doctest.py"),
        "_inspect_signature" => include_str!("pylib/_inspect_signature.py"),
        "inspect" => include_str!("pylib/inspect.py"),
        _ => return None,
    })
}

#[cfg(not(feature = "devtools"))]
fn devtools(_: &str) -> Option<&'static str> {
    None
}

#[cfg(feature = "asyncio")]
fn asyncio(name: &str) -> Option<&'static str> {
    Some(match name {
        "asyncio" => include_str!("pylib/asyncio/__init__.py"),
        "asyncio.base_events" => include_str!("pylib/asyncio/base_events.py"),
        "asyncio.coroutines" => include_str!("pylib/asyncio/coroutines.py"),
        "asyncio.events" => include_str!("pylib/asyncio/events.py"),
        "asyncio.exceptions" => include_str!("pylib/asyncio/exceptions.py"),
        "asyncio.futures" => include_str!("pylib/asyncio/futures.py"),
        "asyncio.locks" => include_str!("pylib/asyncio/locks.py"),
        "asyncio.queues" => include_str!("pylib/asyncio/queues.py"),
        "asyncio.runners" => include_str!("pylib/asyncio/runners.py"),
        "asyncio.taskgroups" => include_str!("pylib/asyncio/taskgroups.py"),
        "asyncio.tasks" => include_str!("pylib/asyncio/tasks.py"),
        "asyncio.timeouts" => include_str!("pylib/asyncio/timeouts.py"),
        _ => return None,
    })
}

#[cfg(not(feature = "asyncio"))]
fn asyncio(_: &str) -> Option<&'static str> {
    None
}
