package org.sanca.cli;

/** The {@code sanca} command: a python3-compatible command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("sanca");
    }
}
