# logging.handlers as its own module: timed rotation's schedule and clean-up, a watched file
# reopened after it moved, and os.fstat of a file object's descriptor.
import logging, logging.handlers, os, tempfile, time, datetime
d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
for when, interval in [('S', 1), ('M', 5), ('H', 2), ('D', 1), ('MIDNIGHT', 1), ('W0', 1), ('W6', 1)]:
    h = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=interval, backupCount=2, utc=True)
    print(when, h.interval, h.suffix, h.extMatch.pattern, h.computeRollover(1700000000) - 1700000000)
    h.close()
h = logging.handlers.TimedRotatingFileHandler(path, when='midnight', utc=True, atTime=datetime.time(3, 30))
print(h.computeRollover(1700000000) - 1700000000, h.computeRollover(1700020000) - 1700020000)
h.close()
for bad in ['X', 'W7', 'W']:
    try:
        logging.handlers.TimedRotatingFileHandler(path, when=bad)
    except ValueError as e:
        print(e)
for name in ['app.log.2024-01-02', 'app.log.2024-01-03', 'app.log.2024-01-01', 'app.log.junk', 'app.log.2024-01-04']:
    open(os.path.join(d, name), 'w').close()
h = logging.handlers.TimedRotatingFileHandler(path, when='D', backupCount=2, utc=True)
print([os.path.basename(f) for f in h.getFilesToDelete()])
h.close()
w = logging.handlers.WatchedFileHandler(os.path.join(d, 'w.log'))
log = logging.getLogger('w'); log.addHandler(w); log.setLevel(logging.INFO)
log.info('one')
os.rename(os.path.join(d, 'w.log'), os.path.join(d, 'w.log.1'))
log.info('two')
print(open(os.path.join(d, 'w.log')).read(), open(os.path.join(d, 'w.log.1')).read())
w.close()
print(logging.handlers.RotatingFileHandler.__module__, logging.handlers.MemoryHandler, logging.handlers.SYSLOG_UDP_PORT)
import shutil; shutil.rmtree(d)
f = open(os.path.join(tempfile.gettempdir(), 'reap_fstat_probe.txt'), 'w')
f.write('abcdef')
f.flush()
print(os.fstat(f.fileno()).st_size)
f.close()
os.remove(f.name)
