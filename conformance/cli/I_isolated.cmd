-I
-c
import sys; f = sys.flags; print(f.isolated, f.ignore_environment, f.no_user_site, f.safe_path, "" in sys.path)
