# A builtin number on the left of an operator with an instance of a subclass of int or float
# on the right: the left's own method goes first when it accepts the value (CPython's
# binary_op1), the subclass's reflected method only when it declines or the right operand's
# type derives from the left's.
class G(int):
    def __radd__(s, o): return "G.radd"
    def __rand__(s, o): return "G.rand"
    def __rmatmul__(s, o): return "G.rmatmul"
    def __rsub__(s, o): return "G.rsub"
class F(float):
    def __radd__(s, o): return "F.radd"
    def __rmul__(s, o): return "F.rmul"
class P(int): pass
for expr in ["1.5 + G(2)", "1 + G(2)", "True + G(2)", "2**70 + G(2)", "1.5 & G(2)", "1 & G(3)",
             "1 @ G(2)", "1.5 - G(2)", "1 - G(2)", "1 + F(2.0)", "1.5 + F(2.0)", "2 * F(1.5)",
             "1 + P(2)", "1.5 * P(2)", "7 // P(2)", "7 % P(3)", "2 ** P(3)", "1.5 ** P(2)",
             "1 << P(3)", "(1+2j) + G(1)", "'a' * P(3)", "[1] * P(2)", "divmod(7, P(2))"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except TypeError as e:
        print(expr, '!!', e)
