import sys
print("runme:", __name__, __package__, __spec__.name if __spec__ else None)
print("file:", __file__.rpartition("/")[2], "argv:", [a.rpartition("/")[2] for a in sys.argv])
if __name__ == "__main__":
    print("running as main")
