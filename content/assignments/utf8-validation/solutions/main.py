import sys


def continuation_ranges(lead: int) -> list[tuple[int, int]] | None:
    """The allowed range of each byte after `lead` (RFC 3629), or None if `lead` cannot start a character."""
    tail = (0x80, 0xBF)
    if 0xC2 <= lead <= 0xDF:
        return [tail]
    if lead == 0xE0:
        return [(0xA0, 0xBF), tail]  # below A0 would be overlong
    if lead == 0xED:
        return [(0x80, 0x9F), tail]  # above 9F would be a surrogate, U+D800 to U+DFFF
    if 0xE1 <= lead <= 0xEF:
        return [tail, tail]
    if lead == 0xF0:
        return [(0x90, 0xBF), tail, tail]  # below 90 would be overlong
    if lead == 0xF4:
        return [(0x80, 0x8F), tail, tail]  # above 8F would be beyond U+10FFFF
    if 0xF1 <= lead <= 0xF3:
        return [tail, tail, tail]
    return None


def decode(data: bytes) -> list[int] | int:
    """The code points, or the offset where the first character that is not well-formed starts."""
    points = []
    i = 0
    while i < len(data):
        lead = data[i]
        if lead < 0x80:
            points.append(lead)
            i += 1
            continue
        ranges = continuation_ranges(lead)
        if ranges is None or i + len(ranges) >= len(data):
            return i
        point = lead & (0x3F >> len(ranges))
        for k, (low, high) in enumerate(ranges, start=1):
            byte = data[i + k]
            if not low <= byte <= high:
                return i
            point = point << 6 | byte & 0x3F
        points.append(point)
        i += 1 + len(ranges)
    return points


def main() -> None:
    tokens = sys.stdin.read().split()
    out = []
    for line in tokens[1 : 1 + int(tokens[0])]:
        result = decode(bytes.fromhex(line))
        out.append(f"INVALID {result}" if isinstance(result, int) else " ".join(f"U+{p:04X}" for p in result))
    sys.stdout.write("\n".join(out) + "\n")


main()
