# conformance: native
# conformance: launcher
# multiprocessing.Pipe: both ends in one process, one end in a child, one-way pipes.
import multiprocessing as mp


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(('echo', msg))
    conn.send_bytes(b'bye')
    conn.close()


if __name__ == '__main__':
    a, b = mp.Pipe()
    a.send({'x': [1, 2]})
    print(b.poll(), b.recv(), b.poll())
    b.send_bytes(b'raw bytes')
    print(a.recv_bytes(), a.poll(0.05))
    b.send_bytes(b'0123456789', 2, 3)
    print(a.recv_bytes())
    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    child.close()
    for item in ['one', 2, (3, 4)]:
        parent.send(item)
        print(parent.recv())
    parent.send(None)
    print(parent.recv_bytes())
    p.join()
    print(p.exitcode, parent.poll(1))
    try:
        parent.recv()
    except EOFError:
        print('EOFError')
    reader, writer = mp.Pipe(duplex=False)
    writer.send('one way')
    print(reader.recv())
    for action in (lambda: reader.send(1), lambda: writer.recv()):
        try:
            action()
        except OSError as e:
            print('OSError', e)
    writer.close()
    try:
        writer.send(1)
    except OSError as e:
        print('OSError', e)
