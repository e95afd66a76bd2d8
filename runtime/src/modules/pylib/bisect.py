"""bisect: binary search and insertion in sorted sequences, native in Reap (`_bisect`) as in
CPython."""

from _bisect import bisect_right, bisect_left, insort_right, insort_left

bisect = bisect_right
insort = insort_right
