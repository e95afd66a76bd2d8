# The printer of uncaught exceptions (sys.excepthook, CPython's C code) shows a source line
# without its indentation but with its trailing blanks, and a statement that stops short of
# those blanks gets its ^ markers; traceback's Python formatting strips both ends.
import sys
import traceback

def show(action):
    try:
        action()
    except BaseException:
        sys.__excepthook__(*sys.exc_info())
        print("--- traceback.print_exc:")
        traceback.print_exc(file=sys.stdout)

def raises():
    raise ValueError("x")   

def name_error():
    return undefined_name	

def operator():
    return 1 +  None  

def subscript():
    d = {}
    return d["key"] 

def group():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])  

def spread():
    return (1 +   
            None)

for action in (raises, name_error, operator, subscript, group, spread):
    show(action)  

raises()  
