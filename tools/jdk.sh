# Sourced by ./sanca and tools/test: finds a JDK >= 21 and sets SANCA_JAVA_HOME and SANCA_JAVA_MAJOR.
# Order: JAVA_HOME, then java on PATH, then the JDKs under /usr/lib/jvm (newest first;
# SANCA_JDK_DIRS replaces that folder, which is how the tests pretend no JDK is installed).

sanca_java_major() { # prints the major version of the JDK at $1: from its release file, else by running it
  local version=
  [ -f "$1/release" ] && version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  [ -n "$version" ] || version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = //p')
  case $version in 1.*) version=${version#1.} ;; esac
  echo "${version%%[._+-]*}"
}

sanca_find_jdk() {
  local cand major candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if cand=$(command -v java 2>/dev/null); then
    cand=$(readlink -f "$cand") && candidates+=("${cand%/bin/java}")
  fi
  for cand in $(ls -d "${SANCA_JDK_DIRS:-/usr/lib/jvm}"/*/ 2>/dev/null | sort -rV); do candidates+=("${cand%/}"); done
  for cand in "${candidates[@]}"; do
    [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    major=$(sanca_java_major "$cand")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      SANCA_JAVA_HOME=$cand
      SANCA_JAVA_MAJOR=$major
      return 0
    fi
  done
  return 1
}

sanca_maven_opts() { # JVM options that keep Maven quiet on newer JDKs (Maven's Guava uses sun.misc.Unsafe)
  if [ "$(sanca_java_major "$SANCA_JAVA_HOME")" -ge 24 ] 2>/dev/null; then
    echo "--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
  else
    echo "${MAVEN_OPTS:-}"
  fi
}

sanca_refresh_ready_code() { # makes the next build recompile the runtime when a library .py changed
  # The library's ready code (lib/X.py.code) is written while javac compiles the runtime, and
  # Maven runs javac only when a Java source is newer than its class: a changed .py alone would
  # leave its ready code stale (imports would parse it each time). Removing the class of the
  # code that reads them makes Maven recompile the module, and so the ready code with it.
  local stamp="$1/target/build.stamp"
  [ -f "$stamp" ] || return 0
  if [ -n "$(find "$1/sanca-runtime/src/main/resources/lib" -name '*.py' -newer "$stamp" -print -quit 2>/dev/null)" ]; then
    rm -f "$1/sanca-runtime/target/classes/org/sanca/runtime/interp/ReadyCode.class"
  fi
}
