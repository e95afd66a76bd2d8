text = """never closed

still inside


