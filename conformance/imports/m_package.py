# conformance: native
# Runs "python -m mainpkg first second" (see m_package.cmd): a package's __main__.
