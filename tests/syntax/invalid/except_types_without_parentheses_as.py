try:
    pass
except (ValueError), TypeError as e:  # comment
    pass
