# Parsing the command line of a small tool.
import getopt

def parse(argv):
    try:
        opts, args = getopt.getopt(argv, "hvo:n:", ["help", "verbose", "output=", "count=", "dry-run"])
    except getopt.GetoptError as err:
        return "error: %s (opt=%r)" % (err, err.opt)
    settings = {"verbose": 0, "output": "-", "count": 1, "dry_run": False}
    for o, a in opts:
        if o in ("-h", "--help"):
            return "usage: tool [-hv] [-o FILE] [-n N] [--dry-run] FILE..."
        elif o in ("-v", "--verbose"):
            settings["verbose"] += 1
        elif o in ("-o", "--output"):
            settings["output"] = a
        elif o in ("-n", "--count"):
            settings["count"] = int(a)
        elif o == "--dry-run":
            settings["dry_run"] = True
    return opts, args, settings

for argv in [["-v", "-o", "out.txt", "in1.txt", "in2.txt"],
             ["-vv", "-oout.txt", "-n3", "file"],
             ["--verbose", "--output=report.csv", "--count", "5", "data.csv"],
             ["--out=x", "--verb", "--dry", "a"],
             ["a", "-v"],
             ["-v", "--", "-not-an-option"],
             ["-", "-v"],
             ["-h"],
             ["--output="],
             [],
             ["-x"],
             ["-o"],
             ["--count"],
             ["--colour"],
             ["--help=yes"],
             ["--d"]]:
    print(argv, "->", parse(argv))
