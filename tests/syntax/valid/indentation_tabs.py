# a file indented consistently with tabs
def f(x):
	if x:
		return 1
	else:
		for i in range(3):
			pass
	return 0

class C:
	def m(self):
		return self
