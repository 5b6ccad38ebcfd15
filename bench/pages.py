#!/usr/bin/env python3
"""Page timing benchmark: how long the server takes to answer each page of the web application, on the
demo data (320 dossiers), as each kind of user sees it.

Logs in through the real form (CSRF token from /login), then requests each page over one keep-alive
connection: WARMUP rounds, then ROUNDS measured rounds, one request at a time. The time is from sending
the request to reading the whole HTML body (server time plus loopback; no browser rendering). Pages that
answer 404 (not built yet) are reported as such. Prints p50/p90/p99/max per page, in milliseconds.

Usage: python3 bench/pages.py [base-url] [rounds]   (start the app first: see bench/pages.sh)
"""
import http.client, re, statistics, sys, time, urllib.parse

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8097"
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 100
WARMUP = 10
URL = urllib.parse.urlparse(BASE)


class Session:
    """One keep-alive connection with a cookie jar of one cookie per name."""

    def __init__(self):
        self.conn = http.client.HTTPConnection(URL.hostname, URL.port, timeout=30)
        self.cookies = {}

    def request(self, method, path, body=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            body = urllib.parse.urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        r = self.conn.getresponse()
        data = r.read()
        for h in r.headers.get_all("Set-Cookie") or []:
            name, value = h.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        return r.status, r.headers.get("Location"), data.decode("utf-8", "replace")

    def login(self, username):
        _, _, html = self.request("GET", "/login")
        csrf = re.search(r'name="_csrf" value="([^"]+)"', html).group(1)
        status, location, _ = self.request(
            "POST", "/login", {"username": username, "password": "demo", "_csrf": csrf})
        if status != 302 or "error" in (location or ""):
            raise SystemExit(f"login as {username} failed: {status} {location}")
        return self


def first(pattern, html, what):
    m = re.search(pattern, html)
    if not m:
        raise SystemExit(f"no {what} found")
    return m.group(1)


def measure(session, path):
    for _ in range(WARMUP):
        status, _, _ = session.request("GET", path)
        if status == 404:
            return None
        if status != 200:
            raise SystemExit(f"GET {path}: {status}")
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        session.request("GET", path)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def pct(times, p):
    return statistics.quantiles(times, n=100, method="inclusive")[p - 1]


def main():
    public = Session()
    _, _, search = public.request("GET", "/thu-tuc?q=" + urllib.parse.quote("lý lịch tư pháp"))
    procedure = first(r'href="(/thu-tuc/[0-9a-f-]{36})"', search, "procedure on the search page")
    online = None
    for candidate in re.findall(r'href="(/thu-tuc/[0-9a-f-]{36})"', public.request("GET", "/thu-tuc")[2]):
        m = re.search(r'href="(/nop-ho-so/[^"]+)"', public.request("GET", candidate)[2])
        if m:
            online = m.group(1)
            break
    if online is None:
        raise SystemExit("no procedure open to online applications on the first catalog page")
    officer = Session().login("chuyenvien")
    _, _, worklist = officer.request("GET", "/can-bo/ho-so?view=agency")
    dossier = first(r'href="(/can-bo/ho-so/[^"?]+)"', worklist, "dossier on the worklist")
    applicant, desk, admin = Session().login("congdan"), Session().login("tiepnhan"), Session().login("admin")
    pages = [
        ("public", public, "/"),
        ("public", public, "/thu-tuc?q=" + urllib.parse.quote("cấp giấy phép xây dựng")),
        ("public", public, procedure),
        ("public", public, "/tra-cuu"),
        ("public", public, "/lich/han-xu-ly"),
        ("applicant", applicant, "/ho-so-cua-toi"),
        ("applicant", applicant, online),
        ("specialist", officer, "/can-bo/ho-so"),
        ("specialist", officer, "/can-bo/ho-so?view=agency&due=overdue"),
        ("specialist", officer, dossier),
        ("reception", desk, "/can-bo/tiep-nhan"),
        ("reception", desk, "/can-bo/tiep-nhan/truc-tuyen"),
        ("reception", desk, "/can-bo/tra-ket-qua"),
        ("manager", Session().login("giamdoc"), "/can-bo/tong-quan"),
        ("admin", admin, "/quan-tri/nguoi-dung"),
        ("admin", admin, "/quan-tri/quay"),
    ]
    print(f"{ROUNDS} sequential requests per page after {WARMUP} warm-up requests; milliseconds")
    print(f"{'who':<11} {'page':<52} {'p50':>6} {'p90':>6} {'p99':>6} {'max':>6}")
    for who, session, path in pages:
        times = measure(session, path)
        shown = path if len(path) <= 52 else path[:49] + "..."
        if times is None:
            print(f"{who:<11} {shown:<52} not built (404)")
            continue
        print(f"{who:<11} {shown:<52} {pct(times, 50):6.1f} {pct(times, 90):6.1f} {pct(times, 99):6.1f} "
              f"{max(times):6.1f}")


if __name__ == "__main__":
    main()
