first = second = 1
label = f"total: {first second}"
