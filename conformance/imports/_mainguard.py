print("_mainguard imported as", __name__)
if __name__ == "__main__":
    print("never printed on import")
