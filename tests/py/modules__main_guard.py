# The __name__ == "__main__" idiom.
import sys

def main():
    print("main running, __name__ =", __name__)
    return 0

print("module level first")
print(__name__ == "__main__", type(sys.modules[__name__]).__name__)

if __name__ == "__main__":
    result = main()
    print("main returned", result)
else:
    print("imported")
