# At exit the __main__ globals are finalized by the final gc pass in creation order (gc kept off for a stable order).
import gc

gc.disable()


class Named:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


zeta = Named("zeta")
alpha = Named("alpha")
_private = Named("_private")
middle = Named("middle")
_hidden = Named("_hidden")
listed = [Named("list item 1"), Named("list item 2")]
print("end of script")
