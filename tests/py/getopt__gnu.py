# gnu_getopt: options and arguments may be mixed.
import getopt, os

argv = ["build", "-v", "src/", "--jobs=4", "-o", "out", "extra", "--", "-x", "--y"]
print(getopt.gnu_getopt(argv, "vo:", ["jobs="]))
print(getopt.getopt(argv, "vo:", ["jobs="]))
print(getopt.gnu_getopt(argv, "+vo:", ["jobs="]))
print(getopt.gnu_getopt(["-a", "x", "-b", "-", "y"], "ab"))
print(getopt.gnu_getopt(["a", "--long", "b"], "", "long"))
print(getopt.gnu_getopt(["--long=v", "b"], "", ("long=",)))
print(getopt.gnu_getopt([], "a"), getopt.gnu_getopt(["--"], "a"))
print(getopt.getopt(["-a", "--alpha", "x"], "a", "alpha"))
print(getopt.getopt(["-a1", "-b", "--alpha=2", "--beta", "rest"], "a:b", ["alpha=", "beta"]))
print(getopt.getopt(["--al", "v"], "", ["alpha=", "beta"]))
print(getopt.getopt(["-abc", "arg"], "abc:"))
print(getopt.getopt(["-a:"], "a:"), getopt.getopt(["-a", "-b"], "a:b"))
print(getopt.getopt(["--foo"], "", ["foo", "foo="]), getopt.getopt(["--foo", "x"], "", ["foo=", "foobar"]))

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except getopt.GetoptError as e:
        print(type(e).__name__, e, repr(e.msg), repr(e.opt), e.args)

attempt(getopt.getopt, ["--ab"], "", ["abc", "abd"])
attempt(getopt.getopt, ["-:"], "a:")
attempt(getopt.gnu_getopt, ["x", "-q"], "a")
attempt(getopt.gnu_getopt, ["x", "--beta=1"], "", ["beta"])
attempt(getopt.gnu_getopt, ["--alpha"], "", ["alpha="])
attempt(getopt.getopt, ["-a"], "a:")
e = getopt.GetoptError("message")
print(repr(str(e)), repr(e.opt), e.args, getopt.error is getopt.GetoptError,
      issubclass(getopt.GetoptError, Exception))
print(getopt.GetoptError("m", "o"), repr(getopt.GetoptError("m", "o")))
print(sorted(getopt.__all__))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["-a", "x", "-b"], "ab"))
del os.environ["POSIXLY_CORRECT"]
print(getopt.gnu_getopt(["-a", "x", "-b"], "ab"))
