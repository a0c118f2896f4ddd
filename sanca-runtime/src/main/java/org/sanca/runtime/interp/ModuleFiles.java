package org.sanca.runtime.interp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * What the finders and loaders ask of files, for folders and for the standard library inside
 * the runtime's jar alike: CPython's {@code _path_stat} and {@code FileLoader.get_data}. A
 * {@code sys.path} entry inside a jar is a URL {@code jar:file:/x.jar!/lib}; the jar is opened
 * once per JVM and read directly.
 */
public final class ModuleFiles {
    /** {@link #stat} results. */
    public static final int MISSING = 0;
    public static final int FILE = 1;
    public static final int DIRECTORY = 2;

    /** The {@code sys.path} entry of the standard library in the runtime's resources, or null. */
    public static final String STDLIB_ENTRY = stdlibEntry();

    private static final String JAR_PREFIX = "jar:file:";
    private static volatile JarFile jar;
    private static volatile String jarUrl;

    private ModuleFiles() {
    }

    private static String stdlibEntry() {
        URL u = ModuleFiles.class.getClassLoader().getResource("lib/_frozen_importlib.py");
        if (u == null) {
            return null;
        }
        String s = u.toString();
        s = s.substring(0, s.length() - "/_frozen_importlib.py".length());
        if (u.getProtocol().equals("file")) {
            try {
                return Path.of(new URI(s)).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return s;
            }
        }
        return s;
    }

    /** Whether {@code path} (absolute, or relative to {@code cwd}) is missing, a file or a folder. */
    public static int stat(Path cwd, String path) {
        if (path.startsWith(JAR_PREFIX)) {
            JarFile j = jarOf(path);
            if (j == null) {
                return MISSING;
            }
            String entry = entryName(path);
            if (entry.isEmpty()) {
                return DIRECTORY;
            }
            ZipEntry e = j.getEntry(entry);
            if (e != null && !e.isDirectory()) {
                return FILE;
            }
            return j.getEntry(entry + "/") != null ? DIRECTORY : MISSING;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(resolve(cwd, path), BasicFileAttributes.class);
            return a.isDirectory() ? DIRECTORY : a.isRegularFile() ? FILE : MISSING;
        } catch (IOException | InvalidPathException | SecurityException e) {
            return MISSING;
        }
    }

    /** The bytes of file {@code path}, or null when it cannot be read. */
    public static byte[] read(Path cwd, String path) {
        if (path.startsWith(JAR_PREFIX)) {
            JarFile j = jarOf(path);
            ZipEntry e = j == null ? null : j.getEntry(entryName(path));
            if (e == null || e.isDirectory()) {
                return null;
            }
            try (InputStream in = j.getInputStream(e)) {
                return in.readAllBytes();
            } catch (IOException ex) {
                return null;
            }
        }
        try {
            return Files.readAllBytes(resolve(cwd, path));
        } catch (IOException | InvalidPathException | SecurityException | OutOfMemoryError e) {
            return null;
        }
    }

    /** The modification time of {@code path} in seconds, 0 when unknown. */
    public static double mtime(Path cwd, String path) {
        if (path.startsWith(JAR_PREFIX)) {
            JarFile j = jarOf(path);
            ZipEntry e = j == null ? null : j.getEntry(entryName(path));
            return e == null ? 0 : e.getTime() / 1000.0;
        }
        try {
            return Files.getLastModifiedTime(resolve(cwd, path)).toMillis() / 1000.0;
        } catch (IOException | InvalidPathException | SecurityException e) {
            return 0;
        }
    }

    /** The CRC-32 of file {@code path}'s bytes, or -1 when it cannot be read. */
    public static long crc(Path cwd, String path) {
        if (path.startsWith(JAR_PREFIX)) {
            JarFile j = jarOf(path);
            ZipEntry e = j == null ? null : j.getEntry(entryName(path));
            return e == null ? -1 : e.getCrc();
        }
        byte[] b = read(cwd, path);
        if (b == null) {
            return -1;
        }
        java.util.zip.CRC32 c = new java.util.zip.CRC32();
        c.update(b);
        return c.getValue();
    }

    /**
     * The resource name (e.g. {@code lib/json/__init__.py}) of {@code path} when it lies in the
     * standard library of the runtime's resources, or null.
     */
    public static String stdlibResource(String path) {
        String root = STDLIB_ENTRY;
        if (root == null || !path.startsWith(root + "/")) {
            return null;
        }
        return "lib/" + path.substring(root.length() + 1);
    }

    private static Path resolve(Path cwd, String path) {
        return path.startsWith("/") ? Path.of(path) : cwd.resolve(path.isEmpty() ? "." : path);
    }

    private static String entryName(String url) {
        int bang = url.indexOf("!/");
        String name = bang < 0 ? "" : url.substring(bang + 2);
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    private static JarFile jarOf(String url) {
        int bang = url.indexOf("!/");
        String file = bang < 0 ? url : url.substring(0, bang);
        JarFile j = jar;
        if (j != null && file.equals(jarUrl)) {
            return j;
        }
        synchronized (ModuleFiles.class) {
            if (jar != null && file.equals(jarUrl)) {
                return jar;
            }
            try {
                JarFile opened = new JarFile(Path.of(new URI(file.substring("jar:".length()))).toFile());
                if (jar == null) {
                    jar = opened;
                    jarUrl = file;
                }
                return opened;
            } catch (IOException | URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }
    }
}
