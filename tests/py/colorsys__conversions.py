# colorsys: each color system there and back, on the corners of the RGB cube, greys, and
# values a little outside the range, to the last bit of CPython's results.
import colorsys

samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
           (1.0, 1.0, 0.0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.5), (0.9, 0.1, 0.35), (0.25, 0.75, 0.6),
           (1.2, -0.1, 0.5), (0.333, 0.666, 0.999)]
for rgb in samples:
    for there, back in [(colorsys.rgb_to_yiq, colorsys.yiq_to_rgb),
                        (colorsys.rgb_to_hls, colorsys.hls_to_rgb),
                        (colorsys.rgb_to_hsv, colorsys.hsv_to_rgb)]:
        other = there(*rgb)
        print(there.__name__, rgb, other, back(*other))
print(colorsys.hsv_to_rgb(1.5, 0.5, 0.5), colorsys.hsv_to_rgb(-0.25, 1, 1), colorsys.hls_to_rgb(0.7, 0.9, 0.3))
print(colorsys.__all__, colorsys.ONE_SIXTH)
try:
    colorsys.rgb_to_hsv("a", 1, 2)
except TypeError as e:
    print("TypeError:", e)
