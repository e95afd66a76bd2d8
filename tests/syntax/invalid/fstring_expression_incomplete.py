value = 1
label = f"{value +} items"
