# comments and blank lines everywhere


# a comment at column 0
x = 1  # trailing comment

def f():
    # comment in body

    y = 2
        # oddly indented comment
    return y

    # comment after return


class C:

    a = 1

  # comment with mismatched indentation
    b = 2
#
