# Uncaught error raised inside an except block with a nested cause chain.
def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except FileNotFoundError as e:
        raise RuntimeError(f"cannot load {path}") from e
def main():
    try:
        load("settings.ini")
    except RuntimeError:
        raise SystemError("startup failed")
main()
