def help_me():
    return "helped by " + __name__
