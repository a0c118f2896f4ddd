# conformance: native
# mimetypes: types and encodings by file name (the system's mime.types files included), extensions by type.
import mimetypes

for name in ["index.html", "photo.JPG", "archive.tar.gz", "bundle.tgz", "notes.txt", "data.json", "script.py",
             "page.htm", "image.svgz", "noext", "style.css", "a.b.c.zip", "x.bz2", "data:text/csv;base64,YWJj",
             "data:,hello", "http://example.org/a/b.pdf?x=1", "song.mid", "pic.webp"]:
    print(name, mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
for kind in ["text/html", "image/png", "application/json", "text/plain", "application/x-unknown"]:
    print(kind, mimetypes.guess_extension(kind), "." + kind.split("/")[1] in mimetypes.guess_all_extensions(kind))
mimetypes.add_type("application/x-sanca", ".snk")
print(mimetypes.guess_type("file.snk"), mimetypes.guess_extension("application/x-sanca"))
db = mimetypes.MimeTypes()
db.add_type("text/x-own", ".own", strict=False)
print(db.guess_type("a.own"), db.guess_type("a.own", strict=False), mimetypes.guess_type("a.own"))
print(mimetypes.inited, ".gz" in mimetypes.encodings_map, mimetypes.suffix_map[".tgz"])
