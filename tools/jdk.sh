# Sourced by ./sanca and tools/test: finds a JDK >= 21 and sets SANCA_JAVA_HOME.
# Order: JAVA_HOME, then java on PATH, then the JDKs under /usr/lib/jvm (newest first).

sanca_java_major() { # prints the major version of the java at $1/bin/java, or nothing
  local out
  out=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  case $out in 1.*) echo "${out#1.}" | cut -d. -f1 ;; *) echo "$out" ;; esac
}

sanca_find_jdk() {
  local cand candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if cand=$(command -v java 2>/dev/null); then
    cand=$(readlink -f "$cand") && candidates+=("${cand%/bin/java}")
  fi
  for cand in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${cand%/}"); done
  for cand in "${candidates[@]}"; do
    [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    local major
    major=$(sanca_java_major "$cand")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      SANCA_JAVA_HOME=$cand
      return 0
    fi
  done
  return 1
}
