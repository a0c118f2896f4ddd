# conformance: native
# Runs "python -m mainpkg.runme arg" (see m_module.cmd): a module of a package as __main__.
