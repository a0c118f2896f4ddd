package org.sanca.compiler.ready;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
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
 */
public final class CodeUnitIO {
    private static final int MAGIC = 0x53434331;

    private CodeUnitIO() {
    }

    /**
     * The code unit in {@code data} (written by {@link #write}) with its file name set to
     * {@code filename}, or null when {@code data} is not of this format or was made from a
     * source whose CRC-32 is not {@code sourceCrc}.
     */
    public static CodeUnit read(byte[] data, long sourceCrc, String filename) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
            if (in.readInt() != MAGIC || in.readLong() != sourceCrc) {
                return null;
            }
            return readUnit(in, filename);
        } catch (IOException e) {
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

    private static CodeUnit readUnit(DataInputStream in, String filename) throws IOException {
        String name = readString(in);
        String qualname = readString(in);
        int firstLine = in.readInt();
        int argCount = in.readInt();
        int posOnly = in.readInt();
        int kwOnly = in.readInt();
        int flags = in.readInt();
        int stackSize = in.readInt();
        int[] code = readInts(in);
        Object[] consts = new Object[in.readInt()];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = readConst(in, filename);
        }
        String[] names = readStrings(in);
        String[] localsPlus = readStrings(in);
        byte[] kinds = new byte[in.readInt()];
        in.readFully(kinds);
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

    private static Object readConst(DataInputStream in, String filename) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case 's' -> readString(in);
            case 'l' -> in.readLong();
            case 'b' -> {
                byte[] v = new byte[in.readInt()];
                in.readFully(v);
                yield new BigInteger(v);
            }
            case 'd' -> in.readDouble();
            case 'j' -> new Imaginary(in.readDouble());
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            case 'y' -> {
                byte[] v = new byte[in.readInt()];
                in.readFully(v);
                yield new Bytes(v);
            }
            case 'N' -> Singleton.NONE;
            case 'E' -> Singleton.ELLIPSIS;
            case 't' -> {
                int n = in.readInt();
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(readConst(in, filename));
                }
                yield new ConstTuple(items);
            }
            case 'c' -> readUnit(in, filename);
            default -> throw new IOException("bad constant tag " + tag);
        };
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String readString(DataInputStream in) throws IOException {
        char[] c = new char[in.readInt()];
        for (int i = 0; i < c.length; i++) {
            c[i] = in.readChar();
        }
        return new String(c);
    }

    private static void writeStrings(DataOutputStream out, String[] s) throws IOException {
        out.writeInt(s.length);
        for (String x : s) {
            writeString(out, x);
        }
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] s = new String[in.readInt()];
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

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] v = new int[in.readInt()];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readInt();
        }
        return v;
    }
}
