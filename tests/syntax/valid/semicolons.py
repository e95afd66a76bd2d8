# multiple simple statements on one line
x = 1; y = 2; z = 3
a = 1;
if x: y = 1; z = 2
def f(): return 1
class C: pass; x = 1
for i in r: pass; continue
import os; import sys
