import stat

modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755,
         0o104755, 0o102755, 0o041777, 0o100000, 0o106644, 0o041776, 0o000644]
for m in modes:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_ISCHR(m),
          stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m), stat.S_ISDOOR(m))
print(stat.S_IRWXU, stat.S_IRUSR | stat.S_IWGRP | stat.S_IXOTH, stat.S_ISUID, stat.S_ISVTX,
      stat.S_IFREG, stat.S_IFDIR, stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME)
