# sys.argv receives the arguments from the case's .args file.
import sys
print(len(sys.argv), sys.argv)
print(sys.argv[0])
args = sys.argv[1:]
for i, a in enumerate(args):
    print(i, repr(a), a.isdigit())
print(sum(int(a) for a in args if a.lstrip("-").isdigit()))
