# python -m calendar: a month, a year, widths and spacing, HTML, and its errors and help.
import subprocess
import sys

for args in (["2024", "3"], ["-w", "3", "-l", "2", "2024", "2"], ["-m", "4", "-s", "2", "2000"],
             ["-t", "html", "2024"], ["-t", "html", "2024", "1"], ["-L", "fr", "2024"], ["x"],
             ["-h"]):
    p = subprocess.run([sys.executable, "-m", "calendar", *args], capture_output=True, text=True,
                       env={"COLUMNS": "100"})
    print("$ -m calendar", " ".join(args), "->", p.returncode)
    print(p.stdout[:1500] + p.stderr)
