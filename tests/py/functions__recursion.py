# Recursive functions.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fact(i) for i in range(8)])
print(fact(25))
print([fib(i) for i in range(15)])

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

print(len(hanoi(5, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))

def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]

print(flatten([1, [2, [3, [4, []]], 5]]))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))
