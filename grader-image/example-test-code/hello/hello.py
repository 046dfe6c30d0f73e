# Reads a name on stdin and greets it: the smallest proof that the language works end to end.
name = input().strip()
print(f"Hello, {name}!")
