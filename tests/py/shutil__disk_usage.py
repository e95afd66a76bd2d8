# shutil.disk_usage: the file system's total, used and free bytes, as a named tuple.
import shutil
u = shutil.disk_usage('/')
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free >= 0, u.total > 0)
try:
    shutil.disk_usage('/no/such/path/here')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
