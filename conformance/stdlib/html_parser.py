# html.parser.HTMLParser: events, positions, charrefs on/off, CDATA elements, incremental feeding, malformed markup.
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []
    def handle_starttag(self, tag, attrs): self.events.append(("start", tag, attrs, self.getpos()))
    def handle_endtag(self, tag): self.events.append(("end", tag, self.getpos()))
    def handle_startendtag(self, tag, attrs): self.events.append(("startend", tag, attrs, self.get_starttag_text()))
    def handle_data(self, data): self.events.append(("data", data))
    def handle_comment(self, data): self.events.append(("comment", data))
    def handle_decl(self, decl): self.events.append(("decl", decl))
    def handle_pi(self, data): self.events.append(("pi", data))
    def handle_charref(self, name): self.events.append(("charref", name))
    def handle_entityref(self, name): self.events.append(("entityref", name))
    def unknown_decl(self, data): self.events.append(("unknown", data))
doc = """<!DOCTYPE html>
<html lang="en"><head><title>T &amp; co</title>
<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script>
<style>p > a { color: red }</style></head>
<body class=main id='x' hidden data-x = "1 &lt; 2" ONCLICK="f()">
<!-- a comment -- > <?php echo 1; ?> <![CDATA[raw <stuff>]]>
<p>Caf&eacute; &#233; &#xe9; &unknown; &amp x < y</p><br/><img src="a.png" />
<a href="?a=1&b=2">link</a></BODY></html >
<!weird decl> </ > </> <//x> <p/x> <a b='c' d="e"f>text
"""
for conv in (True, False):
    p = P(convert_charrefs=conv)
    p.feed(doc)
    p.close()
    for e in p.events:
        print(e)
    print("----")
for conv in (True, False):
    p = P(convert_charrefs=conv)
    for ch in doc:
        p.feed(ch)
    p.close()
    merged = []
    for e in p.events:
        if e[0] == "data" and merged and merged[-1][0] == "data":
            merged[-1] = ("data", merged[-1][1] + e[1])
        else:
            merged.append(e)
    print(merged)
    print("----")
p = P()
p.feed("<p>a &amp")
print(p.events, repr(p.rawdata))
p.feed("; b &")
print(p.events, repr(p.rawdata))
p.close()
print(p.events, repr(p.rawdata))
p = P(convert_charrefs=False)
p.feed("x &amp")
print(p.events, repr(p.rawdata))
p.feed("y &#12")
print(p.events, repr(p.rawdata))
p.close()
print(p.events)
p = P()
p.feed("<div class='unterminated")
print(p.events)
p.close()
print(p.events)
p = P(); p.feed("<script>a</scr"); print(p.events); p.feed("ipt>b"); p.close(); print(p.events)
p = P(); p.feed("text <"); p.close(); print(p.events)
p = P(); p.feed("<!-- unclosed"); p.close(); print(p.events)
p = P(); p.feed("a\nb\n<p>\nc</p>"); print(p.events, p.getpos(), p.lasttag)
p = P(); p.feed("<![if !IE]>x<![endif]>"); p.close(); print(p.events)
p = P()
try:
    p.feed("<![bogus[ x ]]>")
except AssertionError as e:
    print("AssertionError", e)
p = P(); p.reset(); p.feed("<a>"); print(p.events, p.getpos())
