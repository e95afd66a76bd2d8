# The signal module as scripts use it: handlers for signals the process sends itself or gets
# from another process, timeouts with setitimer/alarm, pause(), SIG_IGN, and the enums.
import os
import signal
import subprocess
import sys
import time

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name, signal.Signals(15))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.NSIG)
# (Not the SIGINT handler as the process started: a shell running it in the background ignores SIGINT.)
print(repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGTERM)))
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGRTMIN), signal.strsignal(32))
print(len(signal.valid_signals()), sorted(signal.valid_signals())[:3])
print(signal.Signals.SIGIOT, repr(signal.SIGCLD), repr(signal.SIGPOLL))
print(list(signal.Handlers), list(signal.Sigmasks))


def handler(signum, frame):
    print("handler got", signum, signal.Signals(signum).name, type(frame).__name__, frame.f_code.co_name)


print("old", repr(signal.signal(signal.SIGUSR1, handler)))
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill")
signal.raise_signal(signal.SIGUSR1)
print("after raise")
print(signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored")


# Another process's signals arrive while the script sleeps.
got = []
signal.signal(signal.SIGUSR2, lambda s, f: got.append(signal.Signals(s).name))
signal.signal(signal.SIGHUP, lambda s, f: got.append(signal.Signals(s).name))
subprocess.run(['kill', '-USR2', str(os.getpid())])
time.sleep(0.3)
subprocess.run(['kill', '-HUP', str(os.getpid())])
time.sleep(0.3)
print(got)


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("took too long")


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    time.sleep(5)
except Timeout as e:
    print("timeout:", e)
print(signal.alarm(0))
print(signal.alarm(5), signal.alarm(0))
print(signal.getitimer(signal.ITIMER_REAL))

for args in [(99, handler), (signal.SIGINT, 5), (signal.SIGKILL, handler), ("x", handler)]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print("ItimerError", e, e.errno, type(e).__name__, isinstance(e, OSError))


def on_int(signum, frame):
    print("SIGINT handled", signum)


signal.signal(signal.SIGINT, on_int)
os.kill(os.getpid(), signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print("paused until", ticks)

# A handler may end the program.
signal.signal(signal.SIGTERM, lambda s, f: sys.exit(3))
os.kill(os.getpid(), signal.SIGTERM)
print("not reached")
