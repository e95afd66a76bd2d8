# CPython's compiler gives up past 20 nested blocks in one function: loops, with items, try
# bodies, handlers (two blocks each) and finally bodies count; if and else do not.
def nest(tmpl, k):
    # tmpl: list of lines for one level, with '@' the place of the nested body (its own line)
    body = ['pass']
    for _ in range(k):
        new = []
        for line in tmpl:
            if line.strip() == '@':
                ind = line[:len(line) - len(line.lstrip())]
                new += [ind + b for b in body]
            else:
                new.append(line)
        body = new
    return '\n'.join(body) + '\n'
def limit(tmpl):
    for k in range(1, 60):
        try:
            # Inside a function that is never called: only compiling is tried.
            exec('def probe():\n' + ''.join('    ' + l + '\n' for l in nest(tmpl, k).splitlines()))
        except SyntaxError as e:
            return k, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset
    return None
cases = {
 'for': ['for x in y:', '    @'],
 'while': ['while y:', '    @'],
 'for-else': ['for x in y:', '    pass', 'else:', '    @'],
 'with': ['with y:', '    @'],
 'with2': ['with y, z:', '    @'],
 'try-body': ['try:', '    @', 'except:', '    pass'],
 'try-handler': ['try:', '    pass', 'except:', '    @'],
 'try-handler-named': ['try:', '    pass', 'except E as e:', '    @'],
 'try-else': ['try:', '    pass', 'except:', '    pass', 'else:', '    @'],
 'finally-body': ['try:', '    @', 'finally:', '    pass'],
 'finally-final': ['try:', '    pass', 'finally:', '    @'],
 'tef-body': ['try:', '    @', 'except:', '    pass', 'finally:', '    pass'],
 'tef-handler': ['try:', '    pass', 'except:', '    @', 'finally:', '    pass'],
 'if': ['if y:', '    @'],
}
for n, t in cases.items():
    print(n, limit(t))
def in_function(k):
    src = 'def f():\n' + ''.join('    ' * (i + 1) + 'for x in y:\n' for i in range(k)) + '    ' * (k + 1) + 'pass\n'
    try:
        exec(src)
        return 'ok'
    except SyntaxError as e:
        return (e.msg, e.lineno)
print(in_function(20), in_function(21))
# A nested function starts again from zero.
src = ''.join('    ' * i + 'for x in y:\n' for i in range(15)) + '    ' * 15 + 'def g():\n'
src += ''.join('    ' * (16 + i) + 'while z:\n' for i in range(15)) + '    ' * 31 + 'pass\n'
exec('def probe():\n' + ''.join('    ' + l + '\n' for l in src.splitlines()))
print('nested function ok')
