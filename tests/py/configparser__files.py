# read() with file names (missing ones skipped), encoding, read_file() and source names.
import configparser
import os
import shutil
import tempfile

top = tempfile.mkdtemp()
try:
    first = os.path.join(top, 'first.ini')
    second = os.path.join(top, 'second.ini')
    utf = os.path.join(top, 'utf.ini')
    bad = os.path.join(top, 'bad.ini')
    with open(first, 'w') as f:
        f.write("[common]\nname = first\nonly_first = 1\n")
    with open(second, 'w') as f:
        f.write("[common]\nname = second\n[extra]\nx = y\n")
    with open(utf, 'w', encoding='utf-8') as f:
        f.write("[café]\nnom = crème brûlée\n")
    with open(bad, 'w') as f:
        f.write("[s]\nok = 1\nbad line\n")

    c = configparser.ConfigParser()
    ok = c.read([first, os.path.join(top, 'missing.ini'), second])
    print([os.path.basename(p) for p in ok])
    print(c.sections(), dict(c['common']))
    c2 = configparser.ConfigParser()
    print([os.path.basename(p) for p in c2.read(first)], c2.sections())
    print(c2.read(os.path.join(top, 'nope.ini')), c2.read([]))
    print([os.path.basename(p) for p in c2.read(utf, encoding='utf-8')], c2.get('café', 'nom'))
    # Reading the same section from another source is allowed even when strict.
    print(c2.read([first]) == [first], c2.get('common', 'name'))
    try:
        c2.read(bad)
    except configparser.ParsingError as e:
        print(type(e).__name__, str(e).replace(top, '<tmp>'))
        print(e.source == bad)

    with open(second) as f:
        c3 = configparser.ConfigParser()
        c3.read_file(f)
        print(c3.sections())
    with open(second) as f:
        try:
            configparser.ConfigParser().read_file(f, source='named')
        except Exception as e:
            print(type(e).__name__, e)
    with open(bad) as f:
        try:
            configparser.ConfigParser().read_file(f)
        except configparser.ParsingError as e:
            print(e.source == bad)
    # Any iterable of lines will do; its source defaults to '<???>'.
    c4 = configparser.ConfigParser()
    c4.read_file(["[lines]\n", "a = 1\n", "  continued\n"])
    print(c4.items('lines'))
    try:
        c4.read_file(iter(["[lines]\n", "[lines]\n"]))
    except configparser.DuplicateSectionError as e:
        print(type(e).__name__, e)
    try:
        c4.read_file(["[x]\n", "nonsense\n"], source='list')
    except configparser.ParsingError as e:
        print(type(e).__name__, e)
    c4.read_string("[lines]\nb = 2\n")
    print(c4.items('lines'))
finally:
    shutil.rmtree(top)

# Path-like objects are accepted and returned as strings.
class Where:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


top = tempfile.mkdtemp()
try:
    path = os.path.join(top, 'p.ini')
    with open(path, 'w') as f:
        f.write("[p]\nk = v\n")
    c5 = configparser.ConfigParser()
    ok = c5.read([Where(path), Where(path + '.missing')])
    print([type(x).__name__ for x in ok], ok == [path], c5.get('p', 'k'))
    print(c5.read(Where(path)) == [path])
finally:
    shutil.rmtree(top)
