"""logging.handlers, written in Python for Reap: the handlers that write to rotating or watched
files, buffer records in memory, or put them on a queue, and QueueListener. Not here: the
network handlers (Reap has no sockets).

Reap runs one thread, so a QueueListener has no thread waiting on its queue: it hands the
records on when it stops (or when `process_pending()` is called), in the order they were put.
CPython's listener thread hands each on soon after it is put, so what the handlers print lands
later relative to the main thread's own output than under CPython."""

import os
import re
import time

import logging
from logging import ERROR, FileHandler, Handler, _text_encoding

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60

class BaseRotatingHandler(FileHandler):
    """A FileHandler that may move its file aside (rotate it) before writing a record."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                             errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would grow past maxBytes, keeping
    backupCount old ones as NAME.1 (the newest) to NAME.<backupCount>."""


    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'  # "w" would empty the file at every start, defeating the rotation
        if "b" not in mode:
            encoding = _text_encoding(encoding)
        super().__init__(filename, mode, encoding=encoding, delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                sfn = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                dfn = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(sfn):
                    if os.path.exists(dfn):
                        os.remove(dfn)
                    os.rename(sfn, dfn)
            dfn = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(dfn):
                os.remove(dfn)
            self.rotate(self.baseFilename, dfn)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        # Only regular files are rotated (not /dev/null and the like).
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            self.stream.flush()
            # Reap's tell() says 0 on files opened for writing: the file's size is the end.
            pos = max(self.stream.tell(), os.path.getsize(self.baseFilename))
            if pos + len(msg) >= self.maxBytes:
                return True
        return False


class BufferingHandler(Handler):
    """Keeps records in a list, emptied by flush() (when shouldFlush says so)."""


    def __init__(self, capacity):
        Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when the buffer is full or a
    record at flushLevel or above arrives."""


    def __init__(self, capacity, flushLevel=ERROR, target=None, flushOnClose=True):
        super().__init__(capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                super().close()
            finally:
                self.release()


class QueueHandler(Handler):
    """Puts a formatted copy of each record on a queue (anything with put_nowait)."""


    def __init__(self, queue):
        Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # The copy carries the finished text only: args and exception objects may not
        # survive the trip through a queue (pickling, other processes).
        import copy
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue and hands each to its handlers (a QueueHandler's other end)."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        # No thread to start (see the module's docstring): the listener only notes that it
        # runs, so that stop() knows to hand the records on.
        import threading
        self._thread = threading.Thread(target=self._monitor, daemon=True)

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        import queue
        has_task_done = hasattr(self.queue, 'task_done')
        while True:
            try:
                record = self.dequeue(False)
            except queue.Empty:
                return
            if record is self._sentinel:
                if has_task_done:
                    self.queue.task_done()
                return
            self.handle(record)
            if has_task_done:
                self.queue.task_done()

    def process_pending(self):
        """Hands on the records queued so far (what a thread would have done meanwhile)."""
        if self._thread is not None:
            self._monitor()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread is not None:
            self.enqueue_sentinel()
            self._monitor()
            self._thread = None


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rotates its file at times: every `interval` seconds ('S'), minutes ('M'), hours ('H') or
    days ('D'), at midnight ('MIDNIGHT') or on a weekday ('W0' Monday to 'W6'), keeping
    `backupCount` old files named by the time they began."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        encoding = _text_encoding(encoding)
        super().__init__(filename, 'a', encoding=encoding, delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        # Per unit: its length in seconds, the suffix naming old files, and that suffix's shape.
        units = {
            'S': (1, "%Y-%m-%d_%H-%M-%S", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}"),
            'M': (60, "%Y-%m-%d_%H-%M", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}"),
            'H': (60 * 60, "%Y-%m-%d_%H", r"\d{4}-\d{2}-\d{2}_\d{2}"),
            'D': (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
            'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
        }
        if self.when.startswith('W'):
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if self.when[1] < '0' or self.when[1] > '6':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            seconds, self.suffix, shape = 7 * _MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"
        elif self.when in units:
            seconds, self.suffix, shape = units[self.when]
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        # The suffix, possibly followed by an extension a namer added.
        self.extMatch = re.compile("^" + shape + r"(\.\w+)?$", re.ASCII)
        self.interval = seconds * interval
        filename = self.baseFilename
        start = int(os.stat(filename).st_mtime) if os.path.exists(filename) else int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _time_tuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        """When the file is next rotated, from `currentTime`."""
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        t = self._time_tuple(currentTime)
        now = (t[3] * 60 + t[4]) * 60 + t[5]
        at = _MIDNIGHT if self.atTime is None else (
            (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second)
        # The next time of day `at`: today's if it is still ahead, else tomorrow's.
        wait, day = at - now, t[6]
        if wait < 0:
            wait += _MIDNIGHT
            day = (day + 1) % 7
        result = currentTime + wait
        if self.when.startswith('W') and day != self.dayOfWeek:
            result += ((self.dayOfWeek - day) % 7) * _MIDNIGHT
            result += self._dst_shift(t[-1], result)
        return result

    def _dst_shift(self, dst_then, when):
        """The hour to add (or take away) to `when` for local time crossing a change of
        daylight saving time since a moment whose flag was `dst_then`."""
        if self.utc:
            return 0
        dst_at = time.localtime(when)[-1]
        if dst_then == dst_at:
            return 0
        return 3600 if dst_then else -3600

    def shouldRollover(self, record):
        t = int(time.time())
        if t >= self.rolloverAt:
            # Only regular files are rotated; for anything else, just move the time on.
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                self.rolloverAt = self.computeRollover(t)
                return False
            return True
        return False

    def getFilesToDelete(self):
        """The old files beyond `backupCount`, oldest first."""
        folder, base = os.path.split(self.baseFilename)
        prefix = base + "."
        found = [os.path.join(folder, name) for name in os.listdir(folder or os.curdir)
                 if name.startswith(prefix) and self.extMatch.match(name[len(prefix):])]
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        current = int(time.time())
        dst_now = time.localtime(current)[-1]
        began = self.rolloverAt - self.interval
        t = self._time_tuple(began)
        if not self.utc and dst_now != t[-1]:
            t = time.localtime(began + (3600 if dst_now else -3600))
        dfn = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, t))
        if os.path.exists(dfn):
            # Already rotated for this time (by another process): leave it as it is.
            return
        if self.stream:
            self.stream.close()
            self.stream = None
        self.rotate(self.baseFilename, dfn)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        after = self.computeRollover(current)
        while after <= current:
            after += self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            after += self._dst_shift(dst_now, after)
        self.rolloverAt = after


class WatchedFileHandler(FileHandler):
    """A FileHandler that reopens its file when it has been moved or removed (by logrotate,
    say) since the last record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if "b" not in mode:
            encoding = _text_encoding(encoding)
        FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                             errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            sres = os.fstat(self.stream.fileno())
            self.dev, self.ino = sres.st_dev, sres.st_ino

    def reopenIfNeeded(self):
        try:
            sres = os.stat(self.baseFilename)
        except FileNotFoundError:
            sres = None
        if not sres or sres.st_dev != self.dev or sres.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        FileHandler.emit(self, record)
