import re
import sys
from urllib.parse import unquote_to_bytes

BAD_ESCAPE = re.compile(rb"%(?![0-9a-fA-F]{2})")


def decode(text: bytes) -> bytes:
    # '+' first: '%2B' must stay a literal plus after decoding.
    return unquote_to_bytes(text.replace(b"+", b" "))


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    q = int(lines[0])
    out = []
    for line in lines[1 : q + 1]:
        query = line.strip()
        bad = BAD_ESCAPE.search(query)
        if bad:
            out.append(b"INVALID %d" % bad.start())
            continue
        # A dict keeps its keys in insertion order: the order of first appearance.
        values_by_name: dict[bytes, list[bytes]] = {}
        for segment in query.split(b"&"):
            if segment:
                name, _, value = segment.partition(b"=")
                values_by_name.setdefault(decode(name), []).append(decode(value))
        out.append(b"%d" % sum(len(values) for values in values_by_name.values()))
        for name, values in values_by_name.items():
            out.extend(name + b"=" + value for value in values)
    sys.stdout.buffer.write(b"".join(line + b"\n" for line in out))


main()
