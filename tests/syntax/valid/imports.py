# import statements in all their forms
import a
import a.b.c
import a.b as c
import a, b as bb, c.d
from a import x
from a.b import x as y
from a import x, y as yy, z
from . import z
from .. import w
from .m import n
from ..m import *
from ...pkg.sub import q
from m import (a, b,)
from m import (
    a,
    b as c,
)
