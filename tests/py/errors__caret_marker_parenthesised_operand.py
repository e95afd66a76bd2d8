# The operator's markers skip the closing parenthesis of the left operand and cover both
# characters of '//'.
print(((-79567) / 5) // (2 - 2))
