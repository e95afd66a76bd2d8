# int() and float() read any Unicode decimal digit (category Nd); isdecimal is Nd only,
# isdigit adds the other digits (superscripts, circled), isnumeric every numeric character.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for text in ["٣", "١٢٣", "۴۲", "०१२", "১২", "٣_٣", " ٣ ", "-٣", "+١٠", "𝟙𝟚", "１２", "၁", "᠑"]:
    attempt(f"int({text!r})", lambda: int(text))
attempt("int('٣', 16)", lambda: int("٣", 16))
attempt("int('²')", lambda: int("²"))
attempt("int('½')", lambda: int("½"))
attempt("int('①')", lambda: int("①"))
attempt("int('٣x')", lambda: int("٣x"))
for text in ["٣.٥", "١e٢", "１.５", " -٣ ", "٣_٣.٥"]:
    attempt(f"float({text!r})", lambda: float(text))
attempt("float('²')", lambda: float("²"))
attempt("float('½')", lambda: float("½"))
for c in ["5", "٣", "²", "³", "①", "½", "Ⅻ", "一", "零", "𝟙", "１", "a", "⑴", "⒈", "🄁", "፩", "↉", ""]:
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isalpha())
print("١٢٣".isdecimal(), "12²".isdecimal(), "12²".isdigit(), "½²".isnumeric(), "½a".isnumeric())
