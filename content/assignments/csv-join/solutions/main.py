import csv
import sys


def to_csv(value: str) -> str:
    if "," in value or '"' in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def main() -> None:
    lines = sys.stdin.read().split("\n")
    join, left_key, right_key = lines[0].split()
    a = int(lines[1])
    # csv.reader reads an empty line as no fields; in a one-column table it is one empty value.
    left = [row or [""] for row in csv.reader(lines[2 : 3 + a])]
    b = int(lines[3 + a])
    right = [row or [""] for row in csv.reader(lines[4 + a : 5 + a + b])]
    li, ri = left[0].index(left_key), right[0].index(right_key)
    keep = [j for j in range(len(right[0])) if j != ri]  # the right columns, without its key

    rows_by_key: dict[str, list[list[str]]] = {}
    for row in right[1:]:
        rows_by_key.setdefault(row[ri], []).append([row[j] for j in keep])
    unmatched = [[""] * len(keep)] if join == "LEFT" else []

    out = [left[0] + [right[0][j] for j in keep]]
    for row in left[1:]:
        for match in rows_by_key.get(row[li], unmatched):
            out.append(row + match)
    sys.stdout.write("".join(",".join(map(to_csv, row)) + "\n" for row in out))


main()
