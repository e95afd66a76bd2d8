# At exit plain globals and globals in cycles are finalized together, in creation order (gc kept off).
import gc

gc.disable()


class Named:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


plain_first = Named("plain_first")
cyc = Named("cyc")
cyc.me = cyc
plain_second = Named("plain_second")
pair_a = Named("pair_a")
pair_b = Named("pair_b")
pair_a.peer = pair_b
pair_b.peer = pair_a
print("end of script")
