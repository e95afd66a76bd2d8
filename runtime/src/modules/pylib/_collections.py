"""`_collections`: the names of CPython's C module, which pickles of its types name (a deque's
iterators pickle as `_collections._deque_iterator`). Reap's are in `collections`."""

from collections import (OrderedDict, _deque_iterator, _deque_reverse_iterator, defaultdict,
                         deque)
