# http.HTTPStatus and HTTPMethod; email.message.Message headers as http.client uses them.
import email.message
import email.parser
import email.utils
import http
from http import HTTPMethod, HTTPStatus

print(HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus(404).phrase, HTTPStatus.NOT_FOUND.description)
print(HTTPStatus.OK == 200, HTTPStatus(418).name, len(HTTPStatus), http.__all__)
print([s.value for s in HTTPStatus if s.is_redirection])
print(HTTPStatus.CONTINUE.is_informational, HTTPStatus.CREATED.is_success, HTTPStatus.BAD_REQUEST.is_client_error,
      HTTPStatus.BAD_GATEWAY.is_server_error, HTTPStatus.OK.is_server_error)
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod.PATCH.description, list(HTTPMethod)[:3])
try:
    HTTPStatus(99)
except ValueError as e:
    print(e)

text = ("Content-Type: text/HTML; charset=\"ISO-8859-1\"; q=1\r\n"
        "Set-Cookie: a=1\r\nset-cookie: b=2\r\n"
        "X-Folded: first\r\n second\r\n\r\nthe body\r\n")
m = email.parser.Parser().parsestr(text)
print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(), m.get_content_charset())
print(m.get_params(), m.get_param("q"), m.get_param("missing", "none"))
print(m.get_all("SET-COOKIE"), m["set-cookie"], m.get("nope", "default"), "x-folded" in m, len(m))
print(repr(m["X-Folded"]), m.keys(), repr(m.get_payload()))
h = email.parser.HeaderParser().parsestr("A: 1\nB: 2\n\nbody")
print(h.items(), repr(h.get_payload()))
m2 = email.message.Message()
m2["Subject"] = "hi"
m2.add_header("Content-Disposition", "attachment", filename="a b.txt")
print(m2.get_content_type(), m2.get_filename(), m2["Content-Disposition"])
m2.replace_header("subject", "changed")
del m2["content-disposition"]
print(m2.items(), str(m2))
print(email.utils.formatdate(0, usegmt=True), email.utils.formatdate(1e9))
print(email.utils.parsedate_to_datetime("Sun, 06 Nov 1994 08:49:37 GMT"))
print(email.utils.parsedate("Sun, 06 Nov 1994 08:49:37 -0500"), email.utils.parsedate_tz("6 Nov 1994 08:49:37 +0100"))
print(email.utils.parseaddr("Ann Example <ann@example.org>"), email.utils.formataddr(("Ann", "ann@example.org")))
