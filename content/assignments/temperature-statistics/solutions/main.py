import math
import sys


def fmt(x: float) -> str:
    text = f"{x:.9f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


data = sys.stdin.read().split()
n = int(data[0])
readings = [float(x) for x in data[1 : 1 + n]]
print(fmt(min(readings)), fmt(max(readings)), fmt(math.fsum(readings) / n))
