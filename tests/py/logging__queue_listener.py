# The logging cookbook's QueueHandler/QueueListener pair: records put on a queue by one handler
# reach the listener's handlers, honouring their levels when asked to.  (Reap has one thread: the
# listener hands the records on when it stops, so this script prints only after stop().)
import logging
import logging.handlers
import queue
import sys

que = queue.Queue(-1)
queue_handler = logging.handlers.QueueHandler(que)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s %(levelname)s: %(message)s'))
picky = logging.StreamHandler(sys.stdout)
picky.setLevel(logging.ERROR)
picky.setFormatter(logging.Formatter('picky saw %(message)s'))
listener = logging.handlers.QueueListener(que, out, picky, respect_handler_level=True)
root = logging.getLogger()
root.addHandler(queue_handler)
root.setLevel(logging.DEBUG)
listener.start()
log = logging.getLogger('app')
log.info('starting')
log.warning('look out: %s', 'disk')
log.error('failed %d times', 3)
listener.stop()
print('queue empty:', que.empty())

# Without respect_handler_level every handler takes every record.
listener = logging.handlers.QueueListener(que, picky)
listener.start()
log.debug('quiet')
listener.stop()
print(listener.dequeue is not None, logging.handlers.QueueListener._sentinel)
