# conformance: native
import sys
f = sys.flags
print(f.optimize, f.dont_write_bytecode, f.inspect, f.interactive, f.verbose, f.quiet)
print(f.no_site, f.ignore_environment, f.isolated, f.safe_path, f.dev_mode)
print(type(f).__name__, f[3] == f.optimize)
print(sys.dont_write_bytecode)
