print("before")
import definitely_missing_module
