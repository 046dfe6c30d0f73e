#!/bin/sh
# Writes every tests/*/*.out of one assignment from its Python reference solution.
#   sh content/tools/write-expected.sh content/assignments/<slug>
# Then run the reference-solution test: it checks every other language against these files.
set -eu
folder=${1:?usage: write-expected.sh content/assignments/<slug>}
solution="$folder/solutions/main.py"
[ -f "$solution" ] || { echo "no $solution" >&2; exit 1; }
for input in "$folder"/tests/samples/*.in "$folder"/tests/hidden/*.in; do
  [ -f "$input" ] || continue
  /usr/bin/python3 "$solution" < "$input" > "${input%.in}.out"
  echo "wrote ${input%.in}.out"
done
