# input() with sys.stdin and sys.stdout replaced: the prompt goes to sys.stdout's write, the
# line comes from sys.stdin.readline(), end of input is EOFError, as in CPython.
import io
import sys

real_out = sys.stdout
sys.stdin = io.StringIO("first line\nsecond\nno newline at end")
captured = io.StringIO()
sys.stdout = captured
answers = [input("name? "), input(), input(42)]
try:
    input("more? ")
except EOFError as e:
    answers.append(f"EOFError: {e}")
sys.stdout = real_out
print(answers)
print(repr(captured.getvalue()))

sys.stdin = io.StringIO("only stdin replaced\n")
print(repr(input("prompt on the real stdout: ")))


class Lines:
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


sys.stdin = Lines(["from an object\n"])
print(repr(input()))
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stdin = sys.__stdin__
