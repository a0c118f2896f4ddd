# sys.exit with a string prints it to stderr and exits 1, after finally blocks.
import sys
def main():
    try:
        sys.exit("fatal: configuration missing")
    finally:
        print("finally before exit")
main()
