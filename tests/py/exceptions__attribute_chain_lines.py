# Attribute loads, stores and deletions split over lines, reported at the name's line.
s = "abc"
try:
    r = (s
         .upper()
         .nosuch())
except AttributeError as e:
    import traceback; traceback.print_exc()
class O: pass
o = O()
(o
  .x) = 5
del (o
  .x)
print(o
  .y)
