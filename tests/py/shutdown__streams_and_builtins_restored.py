# At exit, before the modules' globals go, CPython gives sys.stdout back its original stream
# and the builtins their start-up contents: names a program added go, and so does open().
import builtins
import sys

builtins.app_helper = lambda: "x"


class UsesHelper:
    def __del__(self):
        print("UsesHelper.__del__ at shutdown")
        try:
            app_helper()
        except NameError as e:
            print("NameError:", e)


class OpensFile:
    def __del__(self):
        try:
            open("/tmp/reap_shutdown_open_test.txt", "a")
        except NameError as e:
            print("OpensFile.__del__:", e)


class Imports:
    def __del__(self):
        try:
            import json.tool
        except ImportError as e:
            print("Imports.__del__:", e)


a = UsesHelper()
b = OpensFile()
c = Imports()
print("main done")
sys.stdout.flush()
sys.stdout = None
