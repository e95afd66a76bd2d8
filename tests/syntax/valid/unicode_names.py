# non-ASCII identifiers
café = 1
π = 3.14159
変数 = "value"
Ω_total = café + π
def größe(länge):
    return länge
class Ñandú:
    ñ = 1
