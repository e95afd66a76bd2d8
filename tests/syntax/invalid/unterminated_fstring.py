x = f"value {x}
