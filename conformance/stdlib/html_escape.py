# html.escape/unescape with HTML5 character references (named, numeric, invalid), html.entities tables.
import html
from html.entities import html5, name2codepoint, codepoint2name, entitydefs
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<>&'\"", quote=False), html.escape(""))
tests = ["&lt;p&gt;", "&amp;amp;", "&eacute;&Eacute;", "&#233;&#xe9;&#XE9;&#x00E9", "&#0;", "&#13;", "&#128;&#130;&#159;&#x9d;", "&#1;&#11;&#127;&#xfdd0;&#xfffe;&#x1ffff;&#x10fffe;", "&#xd800;&#x110000;&#99999999999;",
         "&notit;", "&notin;", "&not", "&amp", "&ampx", "&AMP;", "&xyz;", "&;", "&#;", "&#x;", "& ", "&&lt;", "&lt", "&nbsp|&nbsp;", "&NotEqualTilde;", "&acE;", "a&b", "&" + "a" * 40 + ";", "&frac12;&frac12", "&#65&#66;"]
for t in tests:
    print(repr(t), repr(html.unescape(t)))
print(len(html5), html5["gt;"], html5["gt"], html5["NotEqualTilde;"], len(name2codepoint), name2codepoint["eacute"], codepoint2name[0x3c], entitydefs["lang"], entitydefs["amp"], name2codepoint["lang"], "lang" in html5, html5["lang;"])
print(sorted(html5)[:5], sorted(html5)[-5:], list(name2codepoint)[:5])
