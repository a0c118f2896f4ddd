-s
-c
import sys; print(sys.flags.no_user_site)
