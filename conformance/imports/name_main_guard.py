import _mainguard
def main():
    print("main runs")
if __name__ == "__main__":
    main()
print(_mainguard.__name__)
