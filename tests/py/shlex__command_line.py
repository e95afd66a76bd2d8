# Splitting and building command lines.
import shlex

lines = [
    'ls -l --color=auto "My Documents"',
    "grep -rn 'def main' src/ --include='*.py'",
    'ssh user@host "cd /var/log && tail -n 50 syslog"',
    'echo "She said \\"hi\\"" \'and left\'',
    r'cp C:\path\to\file backup\ ',
    r'printf "%s\n" a\ b "c\\d" \$HOME',
    'python3 -c "import sys; print(sys.argv)" one "" \'\' three',
    'git commit -m "Fix: don\'t crash on empty input"',
    'find . -name "*.tmp" -delete  # clean up',
    "  leading and   trailing  spaces  ",
    "tab\tseparated\targs\nand a newline",
    "",
]
for line in lines:
    print(repr(line))
    print("  posix    ", shlex.split(line))
    print("  comments ", shlex.split(line, comments=True))
    print("  nonposix ", shlex.split(line, posix=False))

args = ["ls", "-l", "My Documents", "it's", "", "a&b", "$HOME", "x=1", "path/to/file.txt",
        "semi;colon", "ünïcode", "tab\there", "new\nline", "@user", "100%", "a+b", "--opt=v,w"]
for a in args:
    print(repr(a), "->", shlex.quote(a))
cmd = shlex.join(args)
print(cmd)
print(shlex.split(cmd) == args)
print(shlex.join(["echo", "hello world"]), shlex.join([]))
