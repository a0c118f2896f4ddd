package org.sanca.compiler.ready;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import org.sanca.ast.Bytes;
import org.sanca.ast.Imaginary;
import org.sanca.ast.Singleton;
import org.sanca.compiler.CodeUnit;
import org.sanca.compiler.ConstTuple;

/**
 * Code units as bytes (what CPython's {@code marshal} is to code objects, in a format of our
 * own): every field and constant of a {@link CodeUnit} and its nested units, except the file
 * name, which the reader supplies (a module's path depends on where it is installed). The
 * header records the CRC-32 of the source compiled, so a reader can tell a stale one.
 *
 * <p>Reading happens at start-up, before the JIT has compiled anything, so the reader takes
 * arrays and strings whole (a Latin-1 string is its bytes, an {@code int[]} one bulk copy)
 * rather than a value at a time.
 */
public final class CodeUnitIO {
    private static final int MAGIC = 0x53434332;

    private CodeUnitIO() {
    }

    /**
     * The code unit in {@code data} (written by {@link #write}) with its file name set to
     * {@code filename}, or null when {@code data} is not of this format or was made from a
     * source whose CRC-32 is not {@code sourceCrc}.
     */
    public static CodeUnit read(byte[] data, long sourceCrc, String filename) {
        try {
            ByteBuffer in = ByteBuffer.wrap(data);
            if (in.getInt() != MAGIC || in.getLong() != sourceCrc) {
                return null;
            }
            return readUnit(in, filename);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The serialized form of {@code unit}, compiled from {@code source} (whose CRC-32 it records). */
    public static byte[] write(CodeUnit unit, byte[] source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeInt(MAGIC);
            out.writeLong(crc(source));
            writeUnit(out, unit);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The CRC-32 of {@code bytes}. */
    public static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    private static void writeUnit(DataOutputStream out, CodeUnit u) throws IOException {
        writeString(out, u.name);
        writeString(out, u.qualname);
        out.writeInt(u.firstLineNo);
        out.writeInt(u.argCount);
        out.writeInt(u.posOnlyArgCount);
        out.writeInt(u.kwOnlyArgCount);
        out.writeInt(u.flags);
        out.writeInt(u.stackSize);
        writeInts(out, u.code);
        out.writeInt(u.consts.length);
        for (Object c : u.consts) {
            writeConst(out, c);
        }
        writeStrings(out, u.names);
        writeStrings(out, u.localsPlusNames);
        out.writeInt(u.localsPlusKinds.length);
        out.write(u.localsPlusKinds);
        writeInts(out, u.exceptionTable);
        writeInts(out, u.positions);
    }

    private static CodeUnit readUnit(ByteBuffer in, String filename) {
        String name = readString(in);
        String qualname = readString(in);
        int firstLine = in.getInt();
        int argCount = in.getInt();
        int posOnly = in.getInt();
        int kwOnly = in.getInt();
        int flags = in.getInt();
        int stackSize = in.getInt();
        int[] code = readInts(in);
        Object[] consts = new Object[in.getInt()];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = readConst(in, filename);
        }
        String[] names = readStrings(in);
        String[] localsPlus = readStrings(in);
        byte[] kinds = readBytes(in);
        int[] table = readInts(in);
        int[] positions = readInts(in);
        return new CodeUnit(name, qualname, filename, firstLine, argCount, posOnly, kwOnly, flags, stackSize, code,
                consts, names, localsPlus, kinds, table, positions);
    }

    private static void writeConst(DataOutputStream out, Object c) throws IOException {
        switch (c) {
            case String s -> {
                out.writeByte('s');
                writeString(out, s);
            }
            case Long l -> {
                out.writeByte('l');
                out.writeLong(l);
            }
            case BigInteger b -> {
                out.writeByte('b');
                byte[] v = b.toByteArray();
                out.writeInt(v.length);
                out.write(v);
            }
            case Double d -> {
                out.writeByte('d');
                out.writeDouble(d);
            }
            case Imaginary j -> {
                out.writeByte('j');
                out.writeDouble(j.imag());
            }
            case Boolean b -> out.writeByte(b ? 'T' : 'F');
            case Bytes b -> {
                out.writeByte('y');
                out.writeInt(b.value().length);
                out.write(b.value());
            }
            case Singleton s -> out.writeByte(s == Singleton.NONE ? 'N' : 'E');
            case ConstTuple t -> {
                out.writeByte('t');
                out.writeInt(t.items().size());
                for (Object item : t.items()) {
                    writeConst(out, item);
                }
            }
            case CodeUnit u -> {
                out.writeByte('c');
                writeUnit(out, u);
            }
            default -> throw new IllegalArgumentException("constant of class " + c.getClass().getName());
        }
    }

    private static Object readConst(ByteBuffer in, String filename) {
        int tag = in.get();
        return switch (tag) {
            case 's' -> readString(in);
            case 'l' -> in.getLong();
            case 'b' -> new BigInteger(readBytes(in));
            case 'd' -> in.getDouble();
            case 'j' -> new Imaginary(in.getDouble());
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            case 'y' -> new Bytes(readBytes(in));
            case 'N' -> Singleton.NONE;
            case 'E' -> Singleton.ELLIPSIS;
            case 't' -> {
                int n = in.getInt();
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(readConst(in, filename));
                }
                yield new ConstTuple(items);
            }
            case 'c' -> readUnit(in, filename);
            default -> throw new IllegalArgumentException("bad constant tag " + tag);
        };
    }

    /** A string: its length times two, plus one when it is Latin-1 (one byte a character, else two). */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        boolean latin1 = s.chars().allMatch(c -> c < 0x100);
        out.writeInt(s.length() << 1 | (latin1 ? 1 : 0));
        if (latin1) {
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.writeChars(s);
        }
    }

    private static String readString(ByteBuffer in) {
        int header = in.getInt();
        int n = header >>> 1;
        int at = in.position();
        if ((header & 1) != 0) {
            in.position(at + n);
            return new String(in.array(), at, n, StandardCharsets.ISO_8859_1);
        }
        char[] c = new char[n];
        in.asCharBuffer().get(c);
        in.position(at + 2 * n);
        return new String(c);
    }

    private static byte[] readBytes(ByteBuffer in) {
        byte[] v = new byte[in.getInt()];
        in.get(v);
        return v;
    }

    private static void writeStrings(DataOutputStream out, String[] s) throws IOException {
        out.writeInt(s.length);
        for (String x : s) {
            writeString(out, x);
        }
    }

    private static String[] readStrings(ByteBuffer in) {
        String[] s = new String[in.getInt()];
        for (int i = 0; i < s.length; i++) {
            s[i] = readString(in);
        }
        return s;
    }

    private static void writeInts(DataOutputStream out, int[] v) throws IOException {
        out.writeInt(v.length);
        for (int x : v) {
            out.writeInt(x);
        }
    }

    private static int[] readInts(ByteBuffer in) {
        int[] v = new int[in.getInt()];
        in.asIntBuffer().get(v);
        in.position(in.position() + 4 * v.length);
        return v;
    }
}
