if (x = 3
