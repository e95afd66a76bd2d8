# An uncaught GetoptError, as a script without error handling shows it.
import getopt
print(getopt.getopt(["-v", "file"], "v"))
getopt.getopt(["--unknown"], "v", ["verbose"])
