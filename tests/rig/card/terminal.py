"""The terminal's side for the self-test: APDU transport with T=0-style 61xx / 6Cxx handling, command builders,
and offline data authentication as a kernel does it (EMV 4.3 Book 2 sections 5 and 6), written from the book
rather than from make_keys.py so that it checks the generated data independently."""

import datetime

import tlv
from emv_crypto import sha1

PSE = b"1PAY.SYS.DDF01"
PPSE = b"2PAY.SYS.DDF01"


class Terminal:
    """Sends APDUs through a transport (bytes -> bytes) and follows 61xx / 6Cxx like a T=0 terminal."""

    def __init__(self, transmit):
        self.transmit = transmit

    def raw(self, apdu: bytes):
        resp = self.transmit(bytes(apdu))
        return resp[:-2], int.from_bytes(resp[-2:], "big")

    def send(self, apdu: bytes):
        data, sw = self.raw(apdu)
        if sw >> 8 == 0x6C:
            data, sw = self.raw(bytes(apdu[:-1]) + bytes([sw & 0xFF]))
        out = data
        while sw >> 8 == 0x61:
            data, sw = self.raw(bytes([0x00, 0xC0, 0x00, 0x00, sw & 0xFF]))
            out += data
        return out, sw


def select(name: bytes, p2: int = 0) -> bytes:
    return bytes([0x00, 0xA4, 0x04, p2, len(name)]) + name + b"\x00"


def read_record(sfi: int, rec: int) -> bytes:
    return bytes([0x00, 0xB2, rec, (sfi << 3) | 4, 0x00])


def gpo(pdol_data: bytes) -> bytes:
    body = tlv.tlv(0x83, pdol_data)
    return bytes([0x80, 0xA8, 0x00, 0x00, len(body)]) + body + b"\x00"


def generate_ac(p1: int, data: bytes) -> bytes:
    return bytes([0x80, 0xAE, p1, 0x00, len(data)]) + data + b"\x00"


def get_data(tag: int) -> bytes:
    return bytes([0x80, 0xCA, tag >> 8, tag & 0xFF, 0x00])


def rsa_recover(signature: bytes, exponent: bytes, modulus: bytes) -> bytes:
    n = int.from_bytes(modulus, "big")
    s = int.from_bytes(signature, "big")
    if len(signature) != len(modulus) or s >= n:
        return b""
    return pow(s, int.from_bytes(exponent, "big"), n).to_bytes(len(modulus), "big")


def not_expired(mmyy: bytes) -> bool:
    today = datetime.date.today()
    mm, yy = int(mmyy.hex()[:2]), int(mmyy.hex()[2:])
    return (2000 + yy, mm) >= (today.year, today.month)


def luhn_ok(pan: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(pan)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


class Kernel:
    """Offline data authentication. Each method reports what it checks to `c` (anything with
    check(condition, what)) and returns the recovered key or the result."""

    def __init__(self, ca_keys: dict):
        self.ca_keys = ca_keys

    def ca_key(self, rid: bytes, index: bytes, c):
        for k in self.ca_keys["keys"]:
            if bytes.fromhex(k["rid"]) == rid and bytes.fromhex(k["index"]) == index:
                modulus, exponent = bytes.fromhex(k["modulus"]), bytes.fromhex(k["exponent"])
                checksum = sha1(rid + index + modulus + exponent)
                c.check(checksum == bytes.fromhex(k["checksum"]), "CA key checksum DF03")
                c.check(k["expiry"] >= datetime.date.today().strftime("%Y%m%d"), "CA key not expired")
                return modulus, exponent
        return None, None

    def issuer_key(self, ca_mod, ca_exp, tags: dict, pan: str, c):
        cert = tags.get(0x90, b"")
        rec = rsa_recover(cert, ca_exp, ca_mod)
        size = len(ca_mod)
        if not c.check(len(rec) == size and rec[0] == 0x6A and rec[-1] == 0xBC and rec[1] == 0x02,
                       "issuer certificate recovers to 6A 02 .. BC"):
            return None
        issuer_id, expiry = rec[2:6].hex().upper().rstrip("F"), rec[6:8]
        hash_alg, pk_alg, pk_len, exp_len = rec[11], rec[12], rec[13], rec[14]
        leftmost, digest = rec[15 : size - 21], rec[size - 21 : size - 1]
        remainder, exponent = tags.get(0x92, b""), tags.get(0x9F32, b"")
        c.check(sha1(rec[1 : size - 21] + remainder + exponent) == digest, "issuer certificate hash")
        c.check(hash_alg == 1 and pk_alg == 1, "issuer certificate algorithm indicators")
        c.check(pan.startswith(issuer_id) and 3 <= len(issuer_id) <= 8, "issuer identifier matches the PAN")
        c.check(not_expired(expiry), "issuer certificate not expired")
        c.check(exp_len == len(exponent), "issuer exponent length")
        if pk_len <= size - 36:
            modulus = leftmost[:pk_len]
            c.check(0x92 not in tags, "no issuer remainder when the key fits")
        else:
            modulus = leftmost + remainder
        c.check(len(modulus) == pk_len, "issuer key length %d" % pk_len)
        return modulus, exponent

    def verify_sda(self, iss_mod, iss_exp, tags: dict, static_data: bytes, c):
        size = len(iss_mod)
        rec = rsa_recover(tags.get(0x93, b""), iss_exp, iss_mod)
        if not c.check(len(rec) == size and rec[0] == 0x6A and rec[1] == 0x03 and rec[-1] == 0xBC,
                       "signed static data recovers to 6A 03 .. BC"):
            return False
        c.check(all(b == 0xBB for b in rec[5 : size - 21]), "signed static data padding BB")
        ok = sha1(rec[1 : size - 21] + static_data) == rec[size - 21 : size - 1]
        c.check(ok, "SDA: signed static data hash")
        return ok

    def icc_key(self, iss_mod, iss_exp, tags: dict, pan: str, static_data: bytes, c):
        size = len(iss_mod)
        rec = rsa_recover(tags.get(0x9F46, b""), iss_exp, iss_mod)
        if not c.check(len(rec) == size and rec[0] == 0x6A and rec[1] == 0x04 and rec[-1] == 0xBC,
                       "ICC certificate recovers to 6A 04 .. BC"):
            return None
        cert_pan = rec[2:12].hex().upper().rstrip("F")
        expiry, pk_len, exp_len = rec[12:14], rec[19], rec[20]
        leftmost, digest = rec[21 : size - 21], rec[size - 21 : size - 1]
        remainder, exponent = tags.get(0x9F48, b""), tags.get(0x9F47, b"")
        c.check(sha1(rec[1 : size - 21] + remainder + exponent + static_data) == digest, "ICC certificate hash")
        c.check(cert_pan == pan, "ICC certificate PAN")
        c.check(not_expired(expiry), "ICC certificate not expired")
        c.check(exp_len == len(exponent), "ICC exponent length")
        modulus = leftmost[:pk_len] if pk_len <= size - 42 else leftmost + remainder
        c.check(len(modulus) == pk_len, "ICC key length %d" % pk_len)
        return modulus, exponent

    @staticmethod
    def verify_sdad(icc_mod, icc_exp, sdad: bytes, ddol_data: bytes):
        size = len(icc_mod)
        rec = rsa_recover(sdad, icc_exp, icc_mod)
        if len(rec) != size or rec[0] != 0x6A or rec[1] != 0x05 or rec[-1] != 0xBC:
            return False
        ldd = rec[3]
        if not 3 <= ldd <= 9 or rec[4] != ldd - 1:
            return False
        return sha1(rec[1 : size - 21] + ddol_data) == rec[size - 21 : size - 1]
