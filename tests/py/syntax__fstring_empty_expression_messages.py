# f-string replacement fields without an expression: CPython's messages.
for source in ['f"{}"', 'f"{ }"', 'f"{=}"', 'f"{!r}"', 'f"{:x}"', 'f"{ =}"']:
    try:
        eval(source)
    except SyntaxError as e:
        print(source, e.msg)
