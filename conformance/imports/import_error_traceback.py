import errpkg.raises
