package org.sanca.runtime.modules.binascii;

import java.io.ByteArrayOutputStream;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyMethod;

/**
 * Quoted-printable coding (RFC 1521, with RFC 1522's header form): {@code binascii.b2a_qp}
 * and {@code a2b_qp}. Output lines stay under 76 characters with soft breaks, and a line's
 * trailing blank is escaped so transports that strip blanks cannot change the text.
 */
final class QuotedPrintable {
    private static final int LINE_LIMIT = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private QuotedPrintable() {
    }

    @PyMethod("($module, /, data, header=False)")
    static PyObject a2b_qp(PyObject data, PyObject header) {
        byte[] a = BinasciiModule.asciiData(data);
        boolean hdr = Abstract.isTrue(header);
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length);
        int i = 0;
        int n = a.length;
        while (i < n) {
            int c = a[i] & 0xff;
            if (c != '=') {
                out.write(hdr && c == '_' ? ' ' : c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                break;
            }
            int d = a[i] & 0xff;
            if (d == '\n' || d == '\r') {
                while (i < n && a[i] != '\n') {
                    i++;
                }
                i++;
            } else if (d == '=') {
                out.write('=');
                i++;
            } else if (i + 1 < n && hex(d) >= 0 && hex(a[i + 1] & 0xff) >= 0) {
                out.write(hex(d) << 4 | hex(a[i + 1] & 0xff));
                i += 2;
            } else {
                out.write('=');
            }
        }
        return new PyBytes(out.toByteArray());
    }

    private static int hex(int c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    @PyMethod("($module, /, data, quotetabs=False, istext=True, header=False)")
    static PyObject b2a_qp(PyObject data, PyObject quotetabs, PyObject istext, PyObject header) {
        byte[] a = Buffers.read(data);
        return new PyBytes(new Encoder(a, Abstract.isTrue(quotetabs), Abstract.isTrue(istext), Abstract.isTrue(header)).run());
    }

    /** One b2a_qp run: the input, the options and the output line being filled. */
    private static final class Encoder {
        final byte[] a;
        final boolean quoteTabs;
        final boolean text;
        final boolean header;
        final boolean crlf;
        final Output out;
        int lineLength;

        Encoder(byte[] a, boolean quoteTabs, boolean text, boolean header) {
            this.a = a;
            this.quoteTabs = quoteTabs;
            this.text = text;
            this.header = header;
            int nl = 0;
            while (nl < a.length && a[nl] != '\n') {
                nl++;
            }
            this.crlf = nl < a.length && nl > 0 && a[nl - 1] == '\r';
            this.out = new Output(a.length * 2);
        }

        byte[] run() {
            int i = 0;
            while (i < a.length) {
                int c = a[i] & 0xff;
                if (mustEscape(i, c)) {
                    if (lineLength + 3 >= LINE_LIMIT) {
                        softBreak();
                    }
                    escape(c);
                    lineLength += 3;
                    i++;
                } else if (text && (c == '\n' || (c == '\r' && i + 1 < a.length && a[i + 1] == '\n'))) {
                    endLine();
                    i += c == '\r' ? 2 : 1;
                } else {
                    if (i + 1 != a.length && a[i + 1] != '\n' && lineLength + 1 >= LINE_LIMIT) {
                        softBreak();
                    }
                    lineLength++;
                    out.write(header && c == ' ' ? '_' : c);
                    i++;
                }
            }
            return out.toByteArray();
        }

        private boolean mustEscape(int i, int c) {
            boolean last = i + 1 == a.length;
            if (c > 126 || c == '=' || (header && c == '_')) {
                return true;
            }
            if (c == '.' && lineLength == 0 && (last || a[i + 1] == '\n' || a[i + 1] == '\r' || a[i + 1] == 0)) {
                return true;
            }
            if (!text && (c == '\r' || c == '\n')) {
                return true;
            }
            if ((c == '\t' || c == ' ') && last) {
                return true;
            }
            return c < 33 && c != '\r' && c != '\n' && (quoteTabs || (c != '\t' && c != ' '));
        }

        private void escape(int c) {
            out.write('=');
            out.write(HEX[c >> 4]);
            out.write(HEX[c & 15]);
        }

        private void newline() {
            if (crlf) {
                out.write('\r');
            }
            out.write('\n');
        }

        private void softBreak() {
            out.write('=');
            newline();
            lineLength = 0;
        }

        /** Ends a line of text, escaping a blank just before the break. */
        private void endLine() {
            lineLength = 0;
            int last = out.last();
            if (last == ' ' || last == '\t') {
                out.dropLast();
                escape(last);
            }
            newline();
        }
    }

    /** The output, whose last byte may be taken back. */
    private static final class Output extends ByteArrayOutputStream {
        Output(int size) {
            super(size);
        }

        int last() {
            return count == 0 ? -1 : buf[count - 1];
        }

        void dropLast() {
            count--;
        }
    }
}
