#!/usr/bin/python3
"""Issuer-side reference for the emulated PBOC card: what the host simulator must compute.

From the field-55 tags of an authorization (9F02 9F03 9F1A 95 5F2A 9A 9C 9F37 82 9F36 9F10) and the card's PAN
and PSN (fields 2 and 23) it recomputes the ARQC, makes the ARPC (method 1) and tag 91, and builds issuer script
commands with their MAC, all with the issuer master keys of cards.json (looked up by PAN prefix).

    import emv_reference as ref
    keys = ref.issuer_keys(ref.load_cards(), pan)
    ok, expected = ref.verify_arqc(keys, pan, psn, ref.parse_field55(field55))
    tag91 = ref.tag_91(keys, pan, psn, atc, arqc, b"00")

Command line (for checking the C++ host simulator by hand):

    emv_reference.py verify --pan PAN --psn 01 --field55 HEX [--arc 00]
    emv_reference.py script --pan PAN --psn 01 --atc 0011 --arqc HEX --command 841E0000 [--data HEX]
    emv_reference.py vectors

Cryptography (EMV 4.3 Book 2 Annex A1.3 / A1.4.1, section 8.2.1 and 9.2.3; ISO/IEC 9797-1): option A UDK from
IMK_AC / IMK_SMI, common session key (CSK) on the ATC, AC = MAC algorithm 3 with padding method 2 over
CDOL1 data || AIP || ATC || CVR (CVR = 9F10 bytes 3..6); ARPC = 3DES(SK_AC, ARQC xor ARC||000000000000);
script MAC = first 4 bytes of MAC algorithm 3 under SK_SMI over CLA INS P1 P2 Lc ATC ARQC data.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tlv  # noqa: E402
from emv_crypto import (  # noqa: E402
    arpc_method1,
    derive_session_key,
    derive_udk,
    key_check_value,
    retail_mac,
)

# Tags that make the ARQC input, in CDOL1 order; then AIP (82), ATC (9F36) and the CVR from 9F10.
CDOL1_TAGS = (0x9F02, 0x9F03, 0x9F1A, 0x95, 0x5F2A, 0x9A, 0x9C, 0x9F37)
CDOL1_LENGTHS = {0x9F02: 6, 0x9F03: 6, 0x9F1A: 2, 0x95: 5, 0x5F2A: 2, 0x9A: 3, 0x9C: 1, 0x9F37: 4}
FIELD55_TAGS = CDOL1_TAGS + (0x82, 0x9F36, 0x9F10)


class EmvReferenceError(ValueError):
    pass


def load_cards(path: str = os.path.join(HERE, "cards.json")) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def issuer_keys(cards: dict, pan: str) -> dict:
    """The issuer entry (imk_ac, imk_smi, imk_smc) whose pan_prefix is the longest prefix of the PAN."""
    best = None
    for issuer in cards["issuers"]:
        if pan.startswith(issuer["pan_prefix"]) and (best is None or len(issuer["pan_prefix"]) > len(best["pan_prefix"])):
            best = issuer
    if best is None:
        raise EmvReferenceError("no test issuer for this PAN")
    return best


def parse_field55(data: bytes) -> dict:
    """Field 55 as a dict tag -> value (primitive tags; constructed ones opened)."""
    return tlv.find_all(bytes(data))


def cvr_of(iad: bytes) -> bytes:
    iad = bytes(iad)
    if len(iad) < 7:
        raise EmvReferenceError("issuer application data too short for a CVR")
    return iad[3:7]


def cdol1_data(tags: dict) -> bytes:
    out = b""
    for tag in CDOL1_TAGS:
        if tag not in tags:
            raise EmvReferenceError("tag %X missing from the authorization data" % tag)
        value = bytes(tags[tag])
        if len(value) != CDOL1_LENGTHS[tag]:
            raise EmvReferenceError("tag %X has %d bytes, expected %d" % (tag, len(value), CDOL1_LENGTHS[tag]))
        out += value
    return out


def ac_input(tags: dict) -> bytes:
    """The data the first GENERATE AC cryptogram covers, from field-55 tags."""
    for tag in (0x82, 0x9F36, 0x9F10):
        if tag not in tags:
            raise EmvReferenceError("tag %X missing from the authorization data" % tag)
    return cdol1_data(tags) + bytes(tags[0x82]) + bytes(tags[0x9F36]) + cvr_of(tags[0x9F10])


def session_key_ac(keys: dict, pan: str, psn: str, atc: bytes) -> bytes:
    return derive_session_key(derive_udk(bytes.fromhex(keys["imk_ac"]), pan, psn), bytes(atc))


def session_key_smi(keys: dict, pan: str, psn: str, atc: bytes) -> bytes:
    return derive_session_key(derive_udk(bytes.fromhex(keys["imk_smi"]), pan, psn), bytes(atc))


def compute_arqc(keys: dict, pan: str, psn: str, tags: dict) -> bytes:
    return retail_mac(session_key_ac(keys, pan, psn, tags[0x9F36]), ac_input(tags))


def verify_arqc(keys: dict, pan: str, psn: str, tags: dict):
    """(ok, expected cryptogram). `tags` needs 9F26 besides the input tags."""
    expected = compute_arqc(keys, pan, psn, tags)
    return bytes(tags.get(0x9F26, b"")) == expected, expected


def compute_second_ac(keys: dict, pan: str, psn: str, cdol2_data_without_91: bytes, aip: bytes, atc: bytes,
                      iad: bytes) -> bytes:
    """The TC/AAC of the second GENERATE AC: over ARC || CDOL1 part || AIP || ATC || CVR (the CVR of that answer)."""
    return retail_mac(session_key_ac(keys, pan, psn, atc), bytes(cdol2_data_without_91) + bytes(aip) + bytes(atc)
                      + cvr_of(iad))


def make_arpc(keys: dict, pan: str, psn: str, atc: bytes, arqc: bytes, arc: bytes) -> bytes:
    if len(arc) != 2:
        raise EmvReferenceError("ARC is two bytes, e.g. b'00'")
    return arpc_method1(session_key_ac(keys, pan, psn, atc), arqc, arc)


def issuer_authentication_data(keys: dict, pan: str, psn: str, atc: bytes, arqc: bytes, arc: bytes) -> bytes:
    """Value of tag 91: ARPC (8) || ARC (2)."""
    return make_arpc(keys, pan, psn, atc, arqc, arc) + bytes(arc)


def tag_91(keys: dict, pan: str, psn: str, atc: bytes, arqc: bytes, arc: bytes) -> bytes:
    return tlv.tlv(0x91, issuer_authentication_data(keys, pan, psn, atc, arqc, arc))


def script_command(keys: dict, pan: str, psn: str, atc: bytes, arqc: bytes, header: bytes, data: bytes = b"") -> bytes:
    """One issuer script command (case 3) with its 4-byte MAC: header is CLA INS P1 P2."""
    header = bytes(header)
    if len(header) != 4:
        raise EmvReferenceError("header is CLA INS P1 P2")
    lc = len(data) + 4
    mac_input = header + bytes([lc]) + bytes(atc) + bytes(arqc) + bytes(data)
    mac = retail_mac(session_key_smi(keys, pan, psn, atc), mac_input)[:4]
    return header + bytes([lc]) + bytes(data) + mac


def script_template(tag: int, commands, script_id: bytes = b"") -> bytes:
    """Tag 71 (before the second GENERATE AC) or 72 (after): optional 9F18 script identifier, then 86 commands."""
    if tag not in (0x71, 0x72):
        raise EmvReferenceError("issuer scripts are tags 71 and 72")
    body = tlv.tlv(0x9F18, script_id) if script_id else b""
    body += b"".join(tlv.tlv(0x86, c) for c in commands)
    return tlv.tlv(tag, body)


# --- published vectors and an independent cross-check ---

# (description, key, data, padding, expected MAC): ISO/IEC 9797-1:2011 Annex B.4 examples (MAC algorithm 3,
# padding method 1) and a padding method 2 value from a public implementation's test suite.
MAC_VECTORS = [
    ("ISO/IEC 9797-1 B.4, 24 bytes", "0123456789ABCDEFFEDCBA9876543210", b"Now is the time for all ", 1,
     "A1C72E74EA3FA9B6"),
    ("ISO/IEC 9797-1 B.4, 22 bytes", "0123456789ABCDEFFEDCBA9876543210", b"Now is the time for it", 1,
     "2E2B1428CC78254F"),
    ("MAC algorithm 3, padding method 2", "AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBB", b"hello world", 2,
     "2BC2D9EDE0CF31F6"),
]
# EMV option A (Book 2 A1.4.1) and CSK (A1.3) with the common test IMK; values published with public EMV
# libraries' tests: (IMK, PAN, PSN, expected UDK or its 2-byte check value).
UDK_VECTORS = [
    ("0123456789ABCDEFFEDCBA9876543210", "99012345678901234", "45", "67F8292358083E5EA7AB7FDA58D53B6B"),
    ("0123456789ABCDEFFEDCBA9876543210", "1234567890123456", "00", "KCV:BAB0"),
]
# CSK session key on ATC 001C for the second UDK above, and a cryptogram over the Visa CVN 18 input
# (amount .. UN, AIP, ATC, full IAD; padding method 2), which exercises CSK + MAC algorithm 3 together.
CSK_VECTOR = {
    "imk": "0123456789ABCDEFFEDCBA9876543210",
    "pan": "1234567890123456",
    "psn": "00",
    "atc": "001C",
    "sk_kcv": "22C8",
    "data": "000000004000" "000000000000" "0124" "8000048000" "0124" "191105" "01" "52BF4585" "1800" "001C"
    "06011203A0B800",
    "ac": "7A788EA6B8A3E733",
}
# ARPC method 1 with the UDK as key (Visa CVN 10 style): ARQC 29CCA15AE665FA2E, ARC 3030.
ARPC_VECTOR = {"arqc": "29CCA15AE665FA2E", "arc": "3030", "arpc": "28993816AFAE4AEB"}


def check_vectors():
    """Returns a list of failure messages (empty when every published vector matches)."""
    failures = []
    for name, key, data, padding, expected in MAC_VECTORS:
        got = retail_mac(bytes.fromhex(key), data, padding).hex().upper()
        if got != expected:
            failures.append("%s: %s != %s" % (name, got, expected))
    for imk, pan, psn, expected in UDK_VECTORS:
        udk = derive_udk(bytes.fromhex(imk), pan, psn)
        got = ("KCV:" + key_check_value(udk, 2).hex().upper()) if expected.startswith("KCV:") else udk.hex().upper()
        if got != expected:
            failures.append("option A %s/%s: %s != %s" % (pan, psn, got, expected))
    v = CSK_VECTOR
    udk = derive_udk(bytes.fromhex(v["imk"]), v["pan"], v["psn"])
    sk = derive_session_key(udk, bytes.fromhex(v["atc"]))
    if key_check_value(sk, 2).hex().upper() != v["sk_kcv"]:
        failures.append("CSK session key check value")
    if retail_mac(sk, bytes.fromhex(v["data"])).hex().upper() != v["ac"]:
        failures.append("CSK cryptogram")
    a = ARPC_VECTOR
    if arpc_method1(udk, bytes.fromhex(a["arqc"]), bytes.fromhex(a["arc"])).hex().upper() != a["arpc"]:
        failures.append("ARPC method 1")
    return failures


def openssl_retail_mac(key16: bytes, data: bytes):
    """The same MAC algorithm 3 / padding method 2 computed by the openssl command line (independent of
    Cryptodome): single-DES CBC (EDE with K1 = K2) over all blocks but the last, then 3DES-EDE of the last block
    chained on it. Returns None when openssl is not installed."""
    from emv_crypto import pad_method2

    padded = pad_method2(data)
    k1, k2 = bytes(key16[:8]), bytes(key16[8:16])

    def enc(key: bytes, iv: bytes, blob: bytes) -> bytes:
        with tempfile.NamedTemporaryFile() as f:
            f.write(blob)
            f.flush()
            out = subprocess.run(
                ["openssl", "enc", "-des-ede-cbc", "-nopad", "-K", key.hex(), "-iv", iv.hex(), "-in", f.name],
                check=True, capture_output=True,
            )
        return out.stdout

    try:
        iv = bytes(8)
        if len(padded) > 8:
            iv = enc(k1 + k1, iv, padded[:-8])[-8:]
        return enc(k1 + k2, iv, padded[-8:])[-8:]
    except (OSError, subprocess.CalledProcessError):
        return None


# --- command line ---


def main() -> int:
    ap = argparse.ArgumentParser(description="Issuer-side reference for the emulated PBOC card")
    ap.add_argument("--cards", default=os.path.join(HERE, "cards.json"))
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("verify", help="recompute the ARQC of field 55, answer ARPC / tag 91")
    v.add_argument("--pan", required=True)
    v.add_argument("--psn", default="01")
    v.add_argument("--field55", required=True, help="hex")
    v.add_argument("--arc", default="00", help="authorization response code, two characters (default 00)")
    s = sub.add_parser("script", help="build one issuer script command with its MAC")
    s.add_argument("--pan", required=True)
    s.add_argument("--psn", default="01")
    s.add_argument("--atc", required=True, help="hex, 2 bytes")
    s.add_argument("--arqc", required=True, help="hex, 8 bytes")
    s.add_argument("--command", required=True, help="CLA INS P1 P2 in hex, e.g. 841E0000")
    s.add_argument("--data", default="", help="hex data before the MAC")
    sub.add_parser("vectors", help="check the published vectors")
    args = ap.parse_args()

    if args.cmd == "vectors":
        failures = check_vectors()
        for f in failures:
            print("FAIL", f)
        print("vectors: %s" % ("all match" if not failures else "%d failed" % len(failures)))
        return 1 if failures else 0
    keys = issuer_keys(load_cards(args.cards), args.pan)
    if args.cmd == "verify":
        tags = parse_field55(bytes.fromhex(args.field55))
        ok, expected = verify_arqc(keys, args.pan, args.psn, tags)
        arc = args.arc.encode("ascii")
        out = {
            "arqc_ok": ok,
            "arqc_expected": expected.hex().upper(),
            "arpc": make_arpc(keys, args.pan, args.psn, tags[0x9F36], tags.get(0x9F26, expected), arc).hex().upper(),
            "tag91": tag_91(keys, args.pan, args.psn, tags[0x9F36], tags.get(0x9F26, expected), arc).hex().upper(),
        }
        print(json.dumps(out, indent=2))
        return 0 if ok else 1
    cmd = script_command(keys, args.pan, args.psn, bytes.fromhex(args.atc), bytes.fromhex(args.arqc),
                         bytes.fromhex(args.command), bytes.fromhex(args.data))
    print(cmd.hex().upper())
    return 0


if __name__ == "__main__":
    sys.exit(main())
