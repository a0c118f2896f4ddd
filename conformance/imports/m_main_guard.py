# conformance: native
# Runs "python -m _mainguard" (see m_main_guard.cmd): the __main__ block runs.
