# Three exceptions linked by "raise from": the traceback prints the whole chain, oldest first.
class StorageError(Exception): pass
class ServiceError(Exception): pass
def read_disk():
    raise OSError("disk unavailable")
def load():
    try:
        read_disk()
    except OSError as e:
        raise StorageError("cannot load data") from e
def handle():
    try:
        load()
    except StorageError as e:
        raise ServiceError("request failed") from e
handle()
