# os.system, os.popen (reading, writing, iterating, close's status), wait-status helpers and
# get_exec_path.
import os
print(os.system('exit 3'), os.system('true'))
p = os.popen('echo hi; exit 2'); print(repr(p.read()), p.close(), type(p).__name__)
p = os.popen('echo ok'); print(p.readline().strip(), p.close())
with os.popen('cat > /dev/null', 'w') as w: w.write('x')
print([line.strip() for line in os.popen('printf "a\\nb\\n"')])
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}), os.waitstatus_to_exitcode(768), os.WEXITSTATUS(768), os.WIFEXITED(768), os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(9))
for a in [(5,), ('x', 'q'), ('x', 'r', 0)]:
    try: os.popen(*a)
    except Exception as e: print(type(e).__name__, e)
status = os.system('kill -TERM $$')
print(status, os.WIFSIGNALED(status), os.WTERMSIG(status))
