# A module found through a relative sys.path entry has an absolute __file__, the entry joined
# to the current directory as written (CPython's path finder does not normalise it).
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as root:
    root = os.path.realpath(root)
    os.makedirs(os.path.join(root, "app", "lib"))
    with open(os.path.join(root, "app", "lib", "helper_rel.py"), "w") as f:
        f.write("VALUE = 42\n")
    with open(os.path.join(root, "sibling_rel.py"), "w") as f:
        f.write("VALUE = 7\n")
    os.chdir(os.path.join(root, "app"))
    sys.path.insert(0, "lib")
    sys.path.insert(0, "..")
    import helper_rel
    import sibling_rel
    print(helper_rel.VALUE, helper_rel.__file__.replace(root, "ROOT"))
    print(sibling_rel.VALUE, sibling_rel.__file__.replace(root, "ROOT"))
    print(helper_rel.__spec__.origin.replace(root, "ROOT"))
    os.chdir("/")
