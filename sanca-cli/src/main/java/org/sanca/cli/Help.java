package org.sanca.cli;

import java.io.PrintStream;

/** The texts of {@code -h}, {@code --help-*}, {@code -V} and usage errors, as CPython 3.12 words them. */
final class Help {
    /** The Python version Sanca implements, as {@code python3 -V} reports it. */
    static final String PYTHON_VERSION = "3.12.7";

    private static final String OPTIONS = """
            Options (and corresponding environment variables):
            -b     : issue warnings about str(bytes_instance), str(bytearray_instance)
                     and comparing bytes/bytearray with str. (-bb: issue errors)
            -B     : sets sys.dont_write_bytecode (Sanca never writes .pyc files);
                     also PYTHONDONTWRITEBYTECODE=x
            -c cmd : program passed in as string (terminates option list)
            -d     : accepted and counted in sys.flags.debug (CPython's parser debugging
                     output exists only in its debug builds); also PYTHONDEBUG=x
            -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
            -h     : print this help message and exit (also -? or --help)
            -i     : inspect interactively after running script; forces a prompt even
                     if stdin does not appear to be a terminal; also PYTHONINSPECT=x
            -I     : isolate Python from the user's environment (implies -E and -s)
            -m mod : run library module as a script (terminates option list)
            -O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x
            -OO    : do -O changes and also discard docstrings
            -P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
            -q     : don't print version and copyright messages on interactive startup
            -s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
            -S     : don't imply 'import site' on initialization
            -u     : force the stdout and stderr streams to be unbuffered;
                     this option has no effect on stdin; also PYTHONUNBUFFERED=x
            -v     : counted in sys.flags.verbose; also PYTHONVERBOSE=x
            -V     : print the Python version number and exit (also --version)
                     when given twice, print more information about the build
            -W arg : warning control; arg is action:message:category:module:lineno
                     also PYTHONWARNINGS=arg
            -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
            -X opt : set implementation-specific option (see --help-xoptions)
            --check-hash-based-pycs always|default|never:
                     accepted and checked; Sanca has no .pyc files
            --help-env      : print help about Python environment variables and exit
            --help-xoptions : print help about implementation-specific -X options and exit
            --help-all      : print complete help information and exit
            Arguments:
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]
            """;

    private static final String ENVIRONMENT = """
            Environment variables that change behavior:
            PYTHONSTARTUP   : file executed on interactive startup (no default)
            PYTHONPATH      : ':'-separated list of directories prefixed to the
                              default module search path.  The result is sys.path.
            PYTHONCASEOK    : ignored (file names are matched as the file system does).
            PYTHONHASHSEED  : if this variable is set to 'random', a random value is used
               to seed the hashes of str and bytes objects.  It can also be set to an
               integer in the range [0,4294967295] to get hash values with a
               predictable seed (Sanca's hash values differ from CPython's).
            PYTHONINTMAXSTRDIGITS: limit the size of int<->str conversions;
               0 means no limit; otherwise at least 640.
            PYTHONUTF8      : if set to 1, sets sys.flags.utf8_mode (Sanca's text
               encodings are UTF-8 in any case).
            PYTHONHOME, PYTHONIOENCODING, PYTHONPYCACHEPREFIX and
            PYTHONMALLOC are read by CPython; Sanca does not use them: its standard
            library is inside its jars and its standard streams are UTF-8.
            These variables have equivalent command-line parameters (see --help for details):
            PYTHONDEBUG             : sys.flags.debug (-d)
            PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)
            PYTHONINSPECT           : inspect interactively after running script (-i)
            PYTHONNOUSERSITE        : disable user site directory (-s)
            PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
            PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)
            PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
            PYTHONVERBOSE           : sys.flags.verbose (-v)
            PYTHONWARNINGS=arg      : warning control (-W arg)
            PYTHONDEVMODE           : enable the development mode (-X dev)
            Sanca also reads:
            SANCA_JAVA_OPTS         : options for the Java virtual machine, such as
                                      -Xmx4g (heap) or -Xss64m (thread stacks)
            SANCA_JAVA_HOME         : the JDK (21 or newer) to run on; else JAVA_HOME,
                                      java on the PATH, or the newest under /usr/lib/jvm
            """;

    private static final String XOPTIONS = """
            The following implementation-specific options are available:

            -X dev: enable the "development mode": adds the default warning filter,
                as -W default, and sets sys.flags.dev_mode to True; also PYTHONDEVMODE

            -X int_max_str_digits=number: limit the size of int<->str conversions.
                This helps avoid denial of service attacks when parsing untrusted data.
                The default is sys.int_info.default_max_str_digits.  0 disables.
                Also PYTHONINTMAXSTRDIGITS.

            -X utf8: enable UTF-8 mode (sys.flags.utf8_mode); -X utf8=0 disables it.
                Sanca's text encodings are UTF-8 in either case.  Also PYTHONUTF8.

            Every -X option is also visible to the program in sys._xoptions; options
            CPython knows that change nothing on the JVM (faulthandler, tracemalloc,
            importtime, frozen_modules, perf, pycache_prefix, ...) are accepted and
            only recorded there.  Options for the Java virtual machine itself (heap,
            stack size) go in the SANCA_JAVA_OPTS environment variable.
            """;

    private Help() {
    }

    static String usageLine(String program) {
        return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    }

    /** Prints what {@code -h} or a {@code --help-*} option asks for on {@code out}. */
    static void print(String topic, String program, PrintStream out) {
        switch (topic) {
            case "env" -> out.print(ENVIRONMENT);
            case "xoptions" -> out.print(XOPTIONS);
            case "all" -> {
                out.println(usageLine(program));
                out.print(OPTIONS);
                out.println();
                out.print(ENVIRONMENT);
                out.println();
                out.print(XOPTIONS);
            }
            default -> {
                out.println(usageLine(program));
                out.print(OPTIONS);
            }
        }
    }

    static void usageError(UsageError error, String program, PrintStream err) {
        err.println(error.getMessage());
        err.println(usageLine(program));
        err.println("Try `python -h' for more information.");
    }

    static String version(int verbosity) {
        String line = "Python " + PYTHON_VERSION;
        if (verbosity < 2) {
            return line;
        }
        String sanca = Help.class.getPackage().getImplementationVersion();
        return line + " (sanca " + (sanca == null ? "development build" : sanca) + ") [Java "
                + Runtime.version() + " " + System.getProperty("java.vm.name") + "]";
    }

    /** The banner of an interactive session, as CPython prints it unless {@code -q}. */
    static String banner() {
        return version(2) + " on " + System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT) + "\n"
                + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.";
    }
}
