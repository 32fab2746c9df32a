#!/usr/bin/python3
"""Generates the test CA key, the issuer and ICC keys, their certificates and the cards' records.

Deterministic: every RSA prime comes from a SHA-256 counter DRBG seeded with a fixed label, and the prime search
and its Miller-Rabin bases are this file's own code, so the output does not depend on a library version.
Run it from anywhere; it writes ca-keys.json and cards.json next to itself (both committed). `--check` only
compares what it would write with the committed files (exit 1 when they differ).

TEST KEYS ONLY. The private exponents are published in the JSON on purpose.
Formats: EMV 4.3 Book 2 section 5 (SDA, table 2 issuer PK certificate format 02, table 7 signed static
application data format 03) and section 6 (DDA, table 14 ICC PK certificate format 04).
"""

import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tlv  # noqa: E402
from emv_crypto import odd_parity, sha1  # noqa: E402

CA_RID = "A000000333"
CA_INDEX = "80"
CA_EXPIRY = "20301231"
ATR = "3B8401"  # completed with historical bytes and TCK below

PDOL = "9F1A029F02069F3704"
CDOL1 = "9F02069F03069F1A0295055F2A029A039C019F3704"
CDOL2 = "8A029F02069F03069F1A0295055F2A029A039C019F3704910A"
DDOL = "9F3704"
# SFI 1 rec 1 (not signed), SFI 1 rec 2 (signed: the one record for offline data authentication), SFI 2 rec 1
# and 2 (the certificates, which cannot be inside the data they sign; two records because a short READ RECORD
# answer holds at most 256 bytes).
AFL = "08010100" + "08020201" + "10010200"

CVM_ONLINE_PIN = "00000000" + "00000000" + "0200"  # enciphered PIN verified online, always
CVM_NO_CVM = "00000000" + "00000000" + "1F00"  # no CVM required, always
TEST_PIN = "123456"

IAC_DEFAULT = "D84000A800"
IAC_DENIAL = "0010000000"
IAC_ONLINE = "D84004F800"


class Drbg:
    """SHA-256 in counter mode over a fixed seed: reproducible bytes."""

    def __init__(self, label: str):
        self.seed = hashlib.sha256(label.encode()).digest()
        self.counter = 0

    def read(self, n: int) -> bytes:
        out = b""
        while len(out) < n:
            out += hashlib.sha256(self.seed + self.counter.to_bytes(8, "big")).digest()
            self.counter += 1
        return out[:n]


SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p**0.5) + 1))]


def is_probable_prime(n: int, drbg: Drbg, rounds: int = 40) -> bool:
    if n < 2:
        return False
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    nbytes = (n.bit_length() + 7) // 8
    for _ in range(rounds):
        a = 2 + int.from_bytes(drbg.read(nbytes), "big") % (n - 3)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(bits: int, drbg: Drbg) -> int:
    """A prime of exactly `bits` bits, top two bits set, p = 2 mod 3 (so e = 3 is invertible)."""
    while True:
        c = int.from_bytes(drbg.read(bits // 8), "big")
        c |= (3 << (bits - 2)) | 1
        c &= (1 << bits) - 1
        if c % 3 != 2:
            continue
        if is_probable_prime(c, drbg):
            return c


def gen_rsa(bits: int, label: str) -> dict:
    drbg = Drbg("posdesk test RSA %d %s" % (bits, label))
    while True:
        p = gen_prime(bits // 2, drbg)
        q = gen_prime(bits // 2, drbg)
        n = p * q
        if p != q and n.bit_length() == bits:
            break
    phi = (p - 1) * (q - 1)
    d = pow(3, -1, phi)
    size = bits // 8
    return {
        "n": n,
        "d": d,
        "p": p,
        "q": q,
        "size": size,
        "modulus": n.to_bytes(size, "big"),
        "exponent": b"\x03",
    }


def rsa_sign(key: dict, block: bytes) -> bytes:
    if len(block) != key["size"]:
        raise ValueError("block must be the modulus size")
    m = int.from_bytes(block, "big")
    if m >= key["n"]:
        raise ValueError("block not below the modulus")
    sig = pow(m, key["d"], key["n"]).to_bytes(key["size"], "big")
    # Sanity: recovery with the public exponent gives the block back.
    assert pow(int.from_bytes(sig, "big"), 3, key["n"]).to_bytes(key["size"], "big") == block
    return sig


def issuer_certificate(ca: dict, issuer: dict, issuer_id: bytes, expiry_mmyy: str, serial: bytes):
    """Issuer PK certificate (tag 90, format 02) and the remainder (tag 92, empty when it fits)."""
    room = ca["size"] - 36
    pk = issuer["modulus"]
    leftmost, remainder = pk[:room], pk[room:]
    leftmost = leftmost + b"\xbb" * (room - len(leftmost))
    body = (
        b"\x02"
        + issuer_id
        + bytes.fromhex(expiry_mmyy)
        + serial
        + b"\x01"  # hash algorithm SHA-1
        + b"\x01"  # public key algorithm RSA
        + bytes([issuer["size"]])
        + bytes([len(issuer["exponent"])])
        + leftmost
    )
    digest = sha1(body + remainder + issuer["exponent"])
    block = b"\x6a" + body + digest + b"\xbc"
    return rsa_sign(ca, block), remainder


def icc_certificate(issuer: dict, icc: dict, pan: str, expiry_mmyy: str, serial: bytes, static_data: bytes):
    """ICC PK certificate (tag 9F46, format 04) and the remainder (tag 9F48)."""
    room = issuer["size"] - 42
    pk = icc["modulus"]
    leftmost, remainder = pk[:room], pk[room:]
    leftmost = leftmost + b"\xbb" * (room - len(leftmost))
    pan_field = bytes.fromhex((pan + "F" * 20)[:20])
    body = (
        b"\x04"
        + pan_field
        + bytes.fromhex(expiry_mmyy)
        + serial
        + b"\x01"
        + b"\x01"
        + bytes([icc["size"]])
        + bytes([len(icc["exponent"])])
        + leftmost
    )
    digest = sha1(body + remainder + icc["exponent"] + static_data)
    block = b"\x6a" + body + digest + b"\xbc"
    return rsa_sign(issuer, block), remainder


def signed_static_data(issuer: dict, dac: bytes, static_data: bytes) -> bytes:
    """Signed static application data (tag 93, format 03)."""
    body = b"\x03" + b"\x01" + dac + b"\xbb" * (issuer["size"] - 26)
    digest = sha1(body + static_data)
    return rsa_sign(issuer, b"\x6a" + body + digest + b"\xbc")


def luhn_ok(pan: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(pan)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def bcd_f(digits: str) -> bytes:
    if len(digits) % 2:
        digits += "F"
    return bytes.fromhex(digits)


def imk(label: str) -> str:
    return odd_parity(hashlib.sha256(("posdesk test " + label).encode()).digest()[:16]).hex().upper()


# Issuer master keys by PAN prefix: the host simulator finds a card's keys from its PAN.
ISSUERS = [
    {
        "pan_prefix": "622588",
        "name": "PosDesk test debit issuer",
        "imk_ac": imk("IMK_AC 622588"),
        "imk_smi": imk("IMK_SMI 622588"),
        "imk_smc": imk("IMK_SMC 622588"),
    },
    {
        "pan_prefix": "6226",
        "name": "PosDesk test credit issuer",
        "imk_ac": imk("IMK_AC 6226"),
        "imk_smi": imk("IMK_SMI 6226"),
        "imk_smc": imk("IMK_SMC 6226"),
    },
]

DEBIT = {"aid": "A000000333010101", "label": "PBOC DEBIT"}
CREDIT = {"aid": "A000000333010102", "label": "PBOC CREDIT"}

# name, description, behaviour, apps: (application, PAN, cardholder name, ODA, CVM, priority)
PROFILES = [
    (
        "debit-pin",
        "PBOC debit, online PIN, DDA",
        {},
        [(DEBIT, "6225880000000019", "TEST/DEBIT PIN", "DDA", CVM_ONLINE_PIN, "01")],
    ),
    (
        "credit-nopin",
        "PBOC credit, no CVM required, SDA",
        {},
        [(CREDIT, "6226000000000021", "TEST/CREDIT NOPIN", "SDA", CVM_NO_CVM, "01")],
    ),
    (
        "decline-2nd-ac",
        "PBOC debit whose second GENERATE AC is always AAC",
        {"second_ac_always_aac": True},
        [(DEBIT, "6225880000000035", "TEST/DECLINE", "DDA", CVM_ONLINE_PIN, "01")],
    ),
    (
        "bad-dda",
        "PBOC debit whose signed dynamic data has one byte flipped",
        {"corrupt_dynamic_signature": True},
        [(DEBIT, "6225880000000043", "TEST/BAD DDA", "DDA", CVM_ONLINE_PIN, "01")],
    ),
    (
        "two-apps",
        "debit and credit on one card: application selection offers a choice",
        {},
        [
            (DEBIT, "6225880000000050", "TEST/TWO APPS", "DDA", CVM_ONLINE_PIN, "01"),
            (CREDIT, "6226000000000062", "TEST/TWO APPS", "DDA", CVM_ONLINE_PIN, "02"),
        ],
    ),
    (
        "stripe-only",
        "no usable chip application: every SELECT answers 6A82 (for the fallback to the stripe)",
        {"select_not_found": True},
        [],
    ),
]
STRIPE_ONLY_PAN = "6225880000000076"

EXPIRY = "281231"  # two years ahead of 2026
EFFECTIVE = "240101"
SERVICE_CODE = "220"
PSN = "01"
TRACK2_DISCRETIONARY = "0000000000000"


def issuer_for(pan: str) -> dict:
    for issuer in ISSUERS:
        if pan.startswith(issuer["pan_prefix"]):
            return issuer
    raise ValueError("no issuer for PAN")


def build_app(profile: str, number: int, app: dict, pan: str, name: str, oda: str, cvm: str, priority: str, ca):
    assert luhn_ok(pan), pan
    issuer_keys = issuer_for(pan)
    aip = "7C00" if oda == "DDA" else "5C00"
    t2 = pan + "D" + EXPIRY[:4] + SERVICE_CODE + TRACK2_DISCRETIONARY
    t2_hex = bcd_f(t2).hex().upper()

    rec11 = tlv.constructed(0x70, tlv.tlv(0x57, bytes.fromhex(t2_hex)), tlv.tlv(0x5F20, name.encode("ascii")))
    rec12_body = b"".join(
        [
            tlv.tlv(0x5A, bcd_f(pan)),
            tlv.tlv(0x5F24, bytes.fromhex(EXPIRY)),
            tlv.tlv(0x5F25, bytes.fromhex(EFFECTIVE)),
            tlv.tlv(0x5F28, bytes.fromhex("0156")),
            tlv.tlv(0x5F34, bytes.fromhex(PSN)),
            tlv.tlv(0x5F30, bytes.fromhex("0" + SERVICE_CODE)),
            tlv.tlv(0x8C, bytes.fromhex(CDOL1)),
            tlv.tlv(0x8D, bytes.fromhex(CDOL2)),
            tlv.tlv(0x8E, bytes.fromhex(cvm)),
            tlv.tlv(0x9F07, bytes.fromhex("FF00")),
            tlv.tlv(0x9F0D, bytes.fromhex(IAC_DEFAULT)),
            tlv.tlv(0x9F0E, bytes.fromhex(IAC_DENIAL)),
            tlv.tlv(0x9F0F, bytes.fromhex(IAC_ONLINE)),
            tlv.tlv(0x9F08, bytes.fromhex("0030")),
            tlv.tlv(0x9F42, bytes.fromhex("0156")),
            tlv.tlv(0x9F44, bytes.fromhex("02")),
            tlv.tlv(0x9F4A, bytes.fromhex("82")),  # SDA tag list: the AIP is signed too
        ]
    )
    rec12 = tlv.tlv(0x70, rec12_body)
    # Records of SFI 1 to 10 enter the signed data without their tag 70 and length (Book 3 10.3).
    static_data = rec12_body + bytes.fromhex(aip)

    label = "%s/%d/%s" % (profile, number, app["aid"])
    issuer_rsa = gen_rsa(896, "issuer " + label)
    issuer_id = bytes.fromhex((pan[:6] + "FF")[:8])
    serial = sha1(("issuer serial " + label).encode())[:3]
    cert90, rem92 = issuer_certificate(ca, issuer_rsa, issuer_id, "1230", serial)

    oda_out = {
        "method": oda,
        "ca_index": CA_INDEX,
        "static_data": static_data.hex().upper(),
        "issuer": {
            "modulus": issuer_rsa["modulus"].hex().upper(),
            "exponent": "03",
            "private_exponent": "%X" % issuer_rsa["d"],
            "certificate": cert90.hex().upper(),
            "remainder": rem92.hex().upper(),
            "certificate_expiry": "1230",
            "serial": serial.hex().upper(),
            "issuer_id": issuer_id.hex().upper(),
        },
    }
    rec21_items = [
        tlv.tlv(0x8F, bytes.fromhex(CA_INDEX)),
        tlv.tlv(0x90, cert90),
        tlv.tlv(0x9F32, b"\x03"),
    ]
    if rem92:
        rec21_items.append(tlv.tlv(0x92, rem92))
    rec22_items = []
    if oda == "DDA":
        icc_rsa = gen_rsa(768, "icc " + label)
        icc_serial = sha1(("icc serial " + label).encode())[:3]
        cert9f46, rem9f48 = icc_certificate(issuer_rsa, icc_rsa, pan, "1228", icc_serial, static_data)
        rec22_items += [
            tlv.tlv(0x9F46, cert9f46),
            tlv.tlv(0x9F47, b"\x03"),
            tlv.tlv(0x9F48, rem9f48),
            tlv.tlv(0x9F49, bytes.fromhex(DDOL)),
        ]
        oda_out["ddol"] = DDOL
        oda_out["icc"] = {
            "modulus": icc_rsa["modulus"].hex().upper(),
            "exponent": "03",
            "private_exponent": "%X" % icc_rsa["d"],
            "certificate": cert9f46.hex().upper(),
            "remainder": rem9f48.hex().upper(),
            "certificate_expiry": "1228",
            "serial": icc_serial.hex().upper(),
        }
    else:
        dac = bytes.fromhex("DA%02X" % (0xC0 + number))
        ssad = signed_static_data(issuer_rsa, dac, static_data)
        rec22_items.append(tlv.tlv(0x93, ssad))
        oda_out["dac"] = dac.hex().upper()
        oda_out["signed_static_data"] = ssad.hex().upper()
    rec21 = tlv.tlv(0x70, b"".join(rec21_items))
    rec22 = tlv.tlv(0x70, b"".join(rec22_items))
    for rec in (rec11, rec12, rec21, rec22):
        assert len(rec) <= 256, "a record must fit a short READ RECORD answer"

    return {
        "aid": app["aid"],
        "label": app["label"],
        "priority": priority,
        "language": "zh",
        "pdol": PDOL,
        "pan": pan,
        "psn": PSN,
        "expiry": EXPIRY,
        "effective": EFFECTIVE,
        "service_code": SERVICE_CODE,
        "cardholder_name": name,
        "track2_equivalent": t2_hex,
        "aip": aip,
        "afl": AFL,
        "cdol1": CDOL1,
        "cdol2": CDOL2,
        "cvm_list": cvm,
        "auc": "FF00",
        "iac_default": IAC_DEFAULT,
        "iac_denial": IAC_DENIAL,
        "iac_online": IAC_ONLINE,
        "app_version": "0030",
        "currency": "0156",
        "country": "0156",
        "currency_exponent": "02",
        "imk_ac": issuer_keys["imk_ac"],
        "imk_smi": issuer_keys["imk_smi"],
        "imk_smc": issuer_keys["imk_smc"],
        "key_index": "01",
        "cvn": "01",
        "atc_initial": 0x0010 + number,
        "last_online_atc_initial": 0,
        "pin_try_limit": 3,
        # The cardholder's PIN for the host simulator's issuer (checked online from field 52); public on purpose.
        **({"online_pin": TEST_PIN} if cvm == CVM_ONLINE_PIN else {}),
        "oda": oda_out,
        "records": {
            "1.1": rec11.hex().upper(),
            "1.2": rec12.hex().upper(),
            "2.1": rec21.hex().upper(),
            "2.2": rec22.hex().upper(),
        },
    }


def stripe_of(pan: str, name: str) -> dict:
    return {
        "pan": pan,
        "cardholder_name": name,
        "expiry": EXPIRY[:4],
        "service_code": SERVICE_CODE,
        "track2": pan + "=" + EXPIRY[:4] + SERVICE_CODE + TRACK2_DISCRETIONARY,
    }


def make_atr() -> str:
    # TS 3B, T0 84 (TD1 follows, 4 historical bytes), TD1 01 (T=1 only), historical "PBOC", TCK.
    body = bytes.fromhex("8401") + b"PBOC"
    tck = 0
    for b in body:
        tck ^= b
    return ("3B" + body.hex() + "%02X" % tck).upper()


def generate():
    ca = gen_rsa(1024, "CA %s %s" % (CA_RID, CA_INDEX))
    checksum = sha1(bytes.fromhex(CA_RID) + bytes.fromhex(CA_INDEX) + ca["modulus"] + ca["exponent"])
    ca_json = {
        "comment": "TEST CA key for the PosDesk emulated PBOC card. Never use it for anything real: the private "
        "key is published here. Generated by make_keys.py.",
        "keys": [
            {
                "rid": CA_RID,
                "index": CA_INDEX,
                "expiry": CA_EXPIRY,
                "hash_algorithm": "01",
                "key_algorithm": "01",
                "modulus": ca["modulus"].hex().upper(),
                "exponent": "03",
                "checksum": checksum.hex().upper(),
                "private_exponent": "%X" % ca["d"],
                "prime1": "%X" % ca["p"],
                "prime2": "%X" % ca["q"],
            }
        ],
    }
    profiles = {}
    for name, description, behaviour, apps in PROFILES:
        built = [
            build_app(name, i + 1, app, pan, holder, oda, cvm, prio, ca)
            for i, (app, pan, holder, oda, cvm, prio) in enumerate(apps)
        ]
        if built:
            stripe = stripe_of(built[0]["pan"], built[0]["cardholder_name"])
        else:
            stripe = stripe_of(STRIPE_ONLY_PAN, "TEST/STRIPE ONLY")
        profiles[name] = {
            "description": description,
            "behaviour": {
                "select_not_found": bool(behaviour.get("select_not_found")),
                "second_ac_always_aac": bool(behaviour.get("second_ac_always_aac")),
                "corrupt_dynamic_signature": bool(behaviour.get("corrupt_dynamic_signature")),
            },
            "stripe": stripe,
            "apps": built,
        }
    cards_json = {
        "comment": "TEST cards for the PosDesk emulated PBOC card (pboc_card.py). Test PANs and test keys only; "
        "the issuer master keys and private exponents are public on purpose. Generated by make_keys.py.",
        "ca": {"rid": CA_RID, "index": CA_INDEX, "file": "ca-keys.json"},
        "atr": make_atr(),
        "issuers": ISSUERS,
        "profiles": profiles,
    }
    return ca_json, cards_json


def dump(obj) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    ap.add_argument("--out", default=HERE, help="directory to write into (default: next to this script)")
    args = ap.parse_args()
    ca_json, cards_json = generate()
    outputs = {"ca-keys.json": dump(ca_json), "cards.json": dump(cards_json)}
    if args.check:
        same = True
        for name, text in outputs.items():
            path = os.path.join(args.out, name)
            try:
                with open(path, encoding="utf-8") as f:
                    current = f.read()
            except OSError:
                current = None
            if current != text:
                print("%s differs from what make_keys.py generates" % name, file=sys.stderr)
                same = False
        return 0 if same else 1
    for name, text in outputs.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote %s" % ", ".join(sorted(outputs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
