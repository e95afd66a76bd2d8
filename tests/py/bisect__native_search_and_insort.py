import bisect
for c in ["bisect.bisect()", "bisect.bisect([1],2,-1)", "bisect.bisect([1],2,\"a\")", "bisect.bisect([1,2,3],2,0,-1)", "bisect.bisect([1,2,3],2,0,-2)","bisect.bisect([1,2,3],2,hi=None)", "bisect.bisect({1:2},2)", "bisect.bisect([1,2],2,0,10)", "bisect.insort((1,2),2)", "bisect.bisect(None,2)", "bisect.bisect([1,2],2,1.5)", "bisect.bisect([1],2,0,None,None,1)", "bisect.bisect([1],2,0,None,None)","bisect.bisect_left([1,2],2,key=None,lo=1)", "bisect.bisect([1],2,foo=1)", "bisect.bisect([1],2,hi=1.0)", "bisect.bisect", "bisect.bisect_left('abcde', 'c')", "bisect.bisect_right(range(10), 4.5)"]:
  try: print(c, "->", eval(c))
  except Exception as e: print(c, type(e).__name__, e)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    i = bisect.bisect(breakpoints, score)
    return grades[i]
print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
from collections import namedtuple
from operator import attrgetter
Movie = namedtuple('Movie', ('name', 'released', 'director'))
movies = [Movie('Jaws', 1975, 'Spielberg'), Movie('Titanic', 1997, 'Cameron'), Movie('The Birds', 1963, 'Hitchcock'), Movie('Aliens', 1986, 'Cameron')]
by_year = attrgetter('released')
movies.sort(key=by_year)
print(movies[bisect.bisect_left(movies, 1960, key=by_year)])
bisect.insort(movies, Movie('Love Story', 1970, 'Hiller'), key=by_year)
for m in movies: print(m)
class L(list):
    def insert(self, i, x):
        print("insert", i, x); super().insert(i, x)
l = L([1, 3, 5]); bisect.insort_left(l, 3); bisect.insort_right(l, 4, 1); print(l)
l = [1, 2, 2, 2, 3]
print(bisect.bisect_left(l, 2), bisect.bisect_right(l, 2), bisect.bisect_left(l, 2, 2), bisect.bisect_right(l, 2, 0, 2))
