#!/usr/bin/env python3
"""Catalog search benchmark: GET /api/v1/procedures?q=... against a running motcua with 5,000 procedures.

1. Builds a catalog of N procedures from the demo province's CSV files (src/main/resources/org/motcua/
   catalog/demo): the 149 demo rows are copied with new codes and a commune name appended to the name
   (national codes left blank, since one code may appear only once per agency).
2. Imports it through the admin API (POST /api/v1/admin/catalog/import, one transaction).
3. Sends each query of QUERIES in turn over one keep-alive connection: WARMUP rounds, then ROUNDS
   measured rounds; prints p50/p90/p99/max per query and overall, in milliseconds.

Usage: python3 bench/catalog-search.py [base-url] [procedures] [rounds]
"""
import csv, http.client, io, json, statistics, sys, time, urllib.parse, uuid

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8091"
TARGET = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 200
WARMUP = 20
DEMO = "src/main/resources/org/motcua/catalog/demo/"
SHEETS = ["CoQuan", "LinhVuc", "ThuTuc", "GiayTo", "PhiLePhi", "QuyTrinh"]
PLACES = ["Hưng Nguyên", "Nghi Lộc", "Diễn Châu", "Quỳnh Lưu", "Yên Thành", "Đô Lương", "Thanh Chương",
          "Anh Sơn", "Con Cuông", "Tương Dương", "Kỳ Sơn", "Quế Phong", "Quỳ Châu", "Quỳ Hợp", "Nghĩa Đàn",
          "Tân Kỳ", "Cửa Lò", "Hoàng Mai", "Thái Hòa", "Nam Đàn", "Vinh Tân", "Bến Thủy", "Trung Đô", "Lê Lợi"]
QUERIES = ["ly lich tu phap", "cấp phiếu lý lịch tư pháp", "cap giay phep xay dung", "dang ky khai sinh",
           "chung thuc ban sao", "giay phep lao dong", "ly lick tu phap", "thanh lap doanh nghiep", "dat dai", "y te"]


def read(sheet):
    with open(DEMO + sheet + ".csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write(header, rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return out.getvalue().encode("utf-8")


def build_catalog():
    files = {s: read(s) for s in SHEETS}
    th, procedures = files["ThuTuc"]
    copies = {s: list(files[s][1]) for s in ("ThuTuc", "GiayTo", "PhiLePhi", "QuyTrinh")}
    n, i = len(procedures), 0
    while n < TARGET:
        place = PLACES[i % len(PLACES)]
        for p in procedures:
            if n >= TARGET:
                break
            code = f"B{i}.{p[0]}"
            copy = list(p)
            copy[0], copy[1] = code, ""
            copy[2] = f"{p[2]} – {place}"
            copies["ThuTuc"].append(copy)
            for sheet in ("GiayTo", "PhiLePhi", "QuyTrinh"):
                copies[sheet] += [[code] + r[1:] for r in files[sheet][1] if r[0] == p[0]]
            n += 1
        i += 1
    return {s + ".csv": write(files[s][0], copies.get(s, files[s][1])) for s in SHEETS}


def request(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    return response.status, response.read()


def main():
    url = urllib.parse.urlparse(BASE)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=600)
    status, body = request(conn, "POST", "/api/v1/auth/token", json.dumps({"username": "admin", "password": "demo"}),
                           {"Content-Type": "application/json"})
    token = json.loads(body)["access_token"]
    boundary = uuid.uuid4().hex
    parts = b""
    for name, content in build_catalog().items():
        parts += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                  f"Content-Type: text/csv\r\n\r\n").encode() + content + b"\r\n"
    parts += f"--{boundary}--\r\n".encode()
    started = time.perf_counter()
    status, body = request(conn, "POST", "/api/v1/admin/catalog/import", parts,
                           {"Authorization": "Bearer " + token, "Content-Type": "multipart/form-data; boundary=" + boundary})
    print(f"import: HTTP {status} in {time.perf_counter() - started:.1f} s: {json.loads(body).get('changes')}")
    status, body = request(conn, "GET", "/api/v1/procedures?size=1")
    print(f"procedures in force: {json.loads(body)['total']}")

    timings = {q: [] for q in QUERIES}
    for round_ in range(WARMUP + ROUNDS):
        for q in QUERIES:
            path = "/api/v1/procedures?" + urllib.parse.urlencode({"q": q, "size": 20})
            t0 = time.perf_counter()
            status, body = request(conn, "GET", path)
            elapsed = (time.perf_counter() - t0) * 1000
            assert status == 200, (status, body[:200])
            if round_ >= WARMUP:
                timings[q].append(elapsed)

    def pct(values, p):
        values = sorted(values)
        return values[min(len(values) - 1, int(round(p / 100 * len(values))) - 1 if p < 100 else len(values) - 1)]

    print(f"\n{'query':32} {'p50':>7} {'p90':>7} {'p99':>7} {'max':>7}  (ms, {ROUNDS} requests each)")
    everything = []
    for q, values in timings.items():
        everything += values
        print(f"{q:32} {statistics.median(values):7.2f} {pct(values, 90):7.2f} {pct(values, 99):7.2f} {max(values):7.2f}")
    print(f"{'all':32} {statistics.median(everything):7.2f} {pct(everything, 90):7.2f} {pct(everything, 99):7.2f} {max(everything):7.2f}")


if __name__ == "__main__":
    main()
