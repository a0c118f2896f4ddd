# Iterating sys.stdin line by line and summing numbers.
import sys
total = 0
count = 0
for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        total += float(line)
        count += 1
    except ValueError:
        print("skipping", repr(line), file=sys.stderr)
print(count, total, total / count if count else None)
