# A handler registered while atexit handlers are running is not run.
import atexit


def late():
    print("late handler (registered during exit)")


def registrar():
    print("registrar running, registering late")
    atexit.register(late)


def earliest():
    print("earliest handler")


atexit.register(earliest)
atexit.register(registrar)
print("end of script")
