# The string module's constants and capwords.
import string
print(string.ascii_lowercase, string.digits)
print(len(string.punctuation), string.hexdigits)
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))
print(all(c in string.printable for c in "Hi!\n"))
