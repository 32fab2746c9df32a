#!/usr/bin/python3
"""Self-test of the emulated PBOC card: a terminal's walk through every profile.

    selftest.py           in-process: calls the card's APDU handler directly (no pcscd needed)
    selftest.py --pcsc    the same walk through a private pcscd with the vpcd driver, pboc_card.py as a separate
                          process and pyscard as the client; everything it starts is stopped at the end

Per profile: PSE and its directory, SELECT, GPO, READ RECORD per AFL, offline data authentication as a kernel
does it (issuer key recovered from 90 with the CA key, ICC key from 9F46, 9F4B from INTERNAL AUTHENTICATE, or 93
for SDA), GENERATE AC 1 (the ARQC is verified with emv_reference from field-55 tags), the host's ARPC, issuer
scripts with a good and a bad MAC, GENERATE AC 2 (TC; AAC for decline-2nd-ac), and the card's refusals of wrong
class, instruction, lengths, parameters and order. Exit status 0 only when every check passed.
"""

import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import emv_reference as ref  # noqa: E402
import tlv  # noqa: E402
from pboc_card import make_card  # noqa: E402
from pcsc_rig import PrivatePcscd, RigUnavailable, stop_process  # noqa: E402
from terminal import PPSE, PSE, Kernel, Terminal, generate_ac, get_data, gpo, luhn_ok, read_record, select  # noqa: E402


class Checks:
    def __init__(self):
        self.failures = []
        self.count = 0
        self.context = ""

    def check(self, condition, what: str):
        self.count += 1
        if not condition:
            self.failures.append("%s: %s" % (self.context, what))
            print("  FAIL %s" % what)
        return bool(condition)

    def sw(self, got: int, expected: int, what: str):
        return self.check(got == expected, "%s: SW %04X, expected %04X" % (what, got, expected))


def cdol1_values(amount: int, un: bytes) -> dict:
    return {
        0x9F02: bytes.fromhex("%012d" % amount),
        0x9F03: bytes(6),
        0x9F1A: bytes.fromhex("0156"),
        0x95: bytes.fromhex("0000008000"),
        0x5F2A: bytes.fromhex("0156"),
        0x9A: bytes.fromhex("260315"),
        0x9C: b"\x00",
        0x9F37: un,
    }


def field55(values: dict, aip: bytes, ac_tags: dict) -> bytes:
    """A 0200's field 55 the way the terminal builds it from the card's answer and its own data."""
    order = (0x9F26, 0x9F27, 0x9F10, 0x9F37, 0x9F36, 0x95, 0x9A, 0x9C, 0x9F02, 0x5F2A, 0x82, 0x9F1A, 0x9F03)
    all_tags = dict(values)
    all_tags.update(ac_tags)
    all_tags[0x82] = aip
    return b"".join(tlv.tlv(t, all_tags[t]) for t in order)


class Walk:
    def __init__(self, name: str, profile: dict, cards: dict, ca_keys: dict, term: Terminal, checks: Checks):
        self.name = name
        self.profile = profile
        self.cards = cards
        self.term = term
        self.c = checks
        self.kernel = Kernel(ca_keys)

    def sw(self, apdu: bytes, expected: int, what: str):
        data, sw = self.term.send(apdu)
        self.c.sw(sw, expected, what)
        return data

    def run(self):
        c, t = self.c, self.term
        apps = self.profile["apps"]
        if self.profile["behaviour"]["select_not_found"]:
            self.sw(select(PSE), 0x6A82, "PSE on a card without chip application")
            self.sw(select(PPSE), 0x6A82, "PPSE")
            for aid in ("A000000333010101", "A000000333010102", "A0000003330101"):
                self.sw(select(bytes.fromhex(aid)), 0x6A82, "SELECT %s" % aid)
            self.sw(gpo(bytes(12)), 0x6985, "GPO with nothing selected")
            stripe = self.profile["stripe"]
            c.check(luhn_ok(stripe["pan"]) and stripe["track2"].startswith(stripe["pan"] + "="), "stripe data")
            return
        # Directory.
        fci = self.sw(select(PSE), 0x9000, "SELECT PSE")
        c.check(tlv.find(fci, 0x84) == PSE and tlv.find(fci, 0x88) == b"\x01", "PSE FCI: DF name, SFI 1")
        c.check(tlv.find(fci, 0x5F2D) == b"zhen", "PSE FCI language")
        directory = self.sw(read_record(1, 1), 0x9000, "READ RECORD directory SFI 1 rec 1")
        entries = [v for tag, v in tlv.parse(tlv.find(directory, 0x70) or b"") if tag == 0x61]
        listed = [tlv.find(e, 0x4F).hex().upper() for e in entries]
        c.check(listed == [a["aid"] for a in apps], "directory lists %s" % ", ".join(listed))
        c.check(all(tlv.find(e, 0x50) and tlv.find(e, 0x87) for e in entries), "directory entries: label, priority")
        self.sw(read_record(1, 2), 0x6A83, "directory rec 2")
        self.sw(select(PPSE), 0x6A82, "PPSE on a contact card")
        # T=0 style: SELECT without Le answers 61xx and the data come with GET RESPONSE.
        data, sw = t.raw(bytes([0x00, 0xA4, 0x04, 0x00, len(PSE)]) + PSE)
        c.check(sw >> 8 == 0x61 and not data, "SELECT without Le: 61xx (got %04X)" % sw)
        data, sw = t.raw(bytes([0x00, 0xC0, 0x00, 0x00, sw & 0xFF]))
        c.check(sw == 0x9000 and data == fci, "GET RESPONSE gives the FCI")
        if len(apps) > 1:
            self.partial_selection(apps)
        for index, app in enumerate(apps):
            self.c.context = "%s %s" % (self.name, app["aid"])
            self.transaction_main(app)
            self.transaction_refusals(app)
            if self.name == "debit-pin":
                self.transaction_block(app)

    def partial_selection(self, apps):
        partial = bytes.fromhex("A0000003330101")
        first = self.sw(select(partial), 0x9000, "partial SELECT")
        self.c.check(tlv.find(first, 0x84).hex().upper() == apps[0]["aid"], "partial SELECT finds the first app")
        second = self.sw(select(partial, 0x02), 0x9000, "SELECT next occurrence")
        self.c.check(tlv.find(second, 0x84).hex().upper() == apps[1]["aid"], "next occurrence is the second app")
        self.sw(select(partial, 0x02), 0x6A82, "no third occurrence")

    def select_app(self, app, expected_sw=0x9000):
        fci = self.sw(select(bytes.fromhex(app["aid"])), expected_sw, "SELECT AID")
        self.c.check(tlv.find(fci, 0x84) == bytes.fromhex(app["aid"]), "FCI DF name")
        self.c.check(tlv.find(fci, 0x50) == app["label"].encode(), "FCI label")
        self.c.check(tlv.find(fci, 0x9F38) == bytes.fromhex("9F1A029F02069F3704"), "FCI PDOL")
        return fci

    def do_gpo(self, fci, amount: int):
        pdol = tlv.find(fci, 0x9F38)
        pdol_data = tlv.build_dol_data(pdol, {0x9F1A: bytes.fromhex("0156"),
                                              0x9F02: bytes.fromhex("%012d" % amount), 0x9F37: os.urandom(4)})
        resp = self.sw(gpo(pdol_data), 0x9000, "GPO")
        aip, afl = tlv.find(resp, 0x82), tlv.find(resp, 0x94)
        self.c.check(resp[:1] == b"\x77" and aip and afl and len(afl) % 4 == 0, "GPO format 2: 77{82, 94}")
        return aip, afl

    def read_records(self, afl: bytes):
        tags, static = {}, b""
        for i in range(0, len(afl), 4):
            sfi, first, last, n_oda = afl[i] >> 3, afl[i + 1], afl[i + 2], afl[i + 3]
            for rec in range(first, last + 1):
                data = self.sw(read_record(sfi, rec), 0x9000, "READ RECORD SFI %d rec %d" % (sfi, rec))
                items = tlv.parse(data)
                self.c.check(len(items) == 1 and items[0][0] == 0x70, "record is a 70 template")
                body = items[0][1] if items else b""
                if rec < first + n_oda:
                    static += body if sfi <= 10 else data
                for k, v in tlv.find_all(body).items():
                    self.c.check(k not in tags, "tag %X appears once" % k)
                    tags[k] = v
        return tags, static

    def check_card_data(self, app, tags):
        c = self.c
        pan = tags.get(0x5A, b"").hex().upper().rstrip("F")
        c.check(pan == app["pan"] and luhn_ok(pan), "5A PAN, Luhn-valid")
        c.check(tags.get(0x5F34) == b"\x01", "5F34 PSN 01")
        expiry = tags.get(0x5F24, b"").hex()
        c.check(expiry == app["expiry"] and expiry[:2] >= "28", "5F24 expiry two years ahead of 2026")
        c.check(tags.get(0x5F30) == bytes.fromhex("0220"), "5F30 service code 220")
        t2 = tags.get(0x57, b"").hex().upper().rstrip("F")
        c.check(t2.startswith(pan + "D" + expiry[:4] + "220"), "57 consistent with PAN, expiry, service code")
        for tag, name in ((0x8C, "cdol1"), (0x8D, "cdol2"), (0x8E, "cvm_list")):
            c.check(tags.get(tag) == bytes.fromhex(app[name]), "%X = %s" % (tag, name))
        for tag, value in ((0x5F28, "0156"), (0x9F42, "0156"), (0x9F44, "02"), (0x9F08, "0030")):
            c.check(tags.get(tag) == bytes.fromhex(value), "%X = %s" % (tag, value))
        for tag in (0x5F20, 0x5F25, 0x9F07, 0x9F0D, 0x9F0E, 0x9F0F, 0x8F, 0x90, 0x9F32):
            c.check(tag in tags, "tag %X present" % tag)
        return pan

    def oda(self, app, aip, tags, static, pan):
        """Returns the ICC key for DDA cards (or None)."""
        c = self.c
        if tags.get(0x9F4A) is not None:
            c.check(tags[0x9F4A] == b"\x82", "SDA tag list is 82")
            static += aip
        ca_mod, ca_exp = self.kernel.ca_key(bytes.fromhex(app["aid"])[:5], tags.get(0x8F, b""), c)
        if not c.check(ca_mod is not None, "CA key %s found" % tags.get(0x8F, b"").hex()):
            return None
        issuer = self.kernel.issuer_key(ca_mod, ca_exp, tags, pan, c)
        if issuer is None:
            return None
        dda = bool(aip[0] & 0x20)
        c.check(dda == (app["oda"]["method"] == "DDA"), "AIP ODA method")
        c.check(bool(aip[0] & 0x40) and aip[0] & 0x10 and aip[0] & 0x08 and aip[0] & 0x04, "AIP bits 5C/7C")
        if not dda:
            self.kernel.verify_sda(issuer[0], issuer[1], tags, static, c)
            return None
        c.check(tags.get(0x9F49) == bytes.fromhex("9F3704"), "DDOL 9F37 04")
        return self.kernel.icc_key(issuer[0], issuer[1], tags, pan, static, c)

    def dda(self, icc):
        un = os.urandom(4)
        resp = self.sw(bytes([0x00, 0x88, 0x00, 0x00, 0x04]) + un + b"\x00", 0x9000, "INTERNAL AUTHENTICATE")
        sdad = tlv.find(resp, 0x9F4B) or b""
        ok = self.kernel.verify_sdad(icc[0], icc[1], sdad, un)
        if self.profile["behaviour"]["corrupt_dynamic_signature"]:
            self.c.check(not ok, "DDA fails on the bad-dda card")
        else:
            self.c.check(ok, "DDA: signed dynamic data verifies")
            self.c.check(not self.kernel.verify_sdad(icc[0], icc[1], sdad, os.urandom(4)),
                         "DDA check fails for another unpredictable number")

    def first_ac(self, app, aip, amount: int):
        values = cdol1_values(amount, os.urandom(4))
        data = tlv.build_dol_data(bytes.fromhex(app["cdol1"]), values)
        resp = self.sw(generate_ac(0x80, data), 0x9000, "GENERATE AC 1 (ARQC)")
        self.c.check(resp[:1] == b"\x77", "GENERATE AC format 2")
        ac_tags = {t: tlv.find(resp, t) for t in (0x9F27, 0x9F36, 0x9F26, 0x9F10)}
        self.c.check(ac_tags[0x9F27] == b"\x80", "CID 80 (ARQC)")
        iad = ac_tags[0x9F10] or b""
        self.c.check(len(iad) == 19 and iad[:3] == b"\x07\x01\x01" and iad[3] == 0x03, "IAD 07 01 01 03..")
        self.c.check(iad[4] == 0xA0, "CVR: ARQC in the first GENERATE AC, second not yet requested")
        # The host's view: field 55 only, keys from cards.json by PAN prefix.
        f55 = field55(values, aip, ac_tags)
        tags55 = ref.parse_field55(f55)
        keys = ref.issuer_keys(self.cards, app["pan"])
        ok, expected = ref.verify_arqc(keys, app["pan"], app["psn"], tags55)
        self.c.check(ok, "ARQC verifies with emv_reference from field 55")
        tampered = dict(tags55)
        tampered[0x9F02] = bytes.fromhex("%012d" % (amount + 1))
        self.c.check(not ref.verify_arqc(keys, app["pan"], app["psn"], tampered)[0], "ARQC fails for another amount")
        other_psn = "02"
        self.c.check(not ref.verify_arqc(keys, app["pan"], other_psn, tags55)[0], "ARQC fails for another PSN")
        return values, ac_tags, keys

    def transaction_main(self, app):
        c = self.c
        amount = 12345
        atc_before = app["atc_initial"]
        fci = self.select_app(app)
        self.sw(generate_ac(0x80, bytes(29)), 0x6985, "GENERATE AC before GPO")
        self.sw(read_record(1, 1), 0x6985, "READ RECORD before GPO")
        aip, afl = self.do_gpo(fci, amount)
        c.check(aip == bytes.fromhex(app["aip"]) and afl == bytes.fromhex(app["afl"]), "AIP and AFL as in cards.json")
        tags, static = self.read_records(afl)
        pan = self.check_card_data(app, tags)
        icc = self.oda(app, aip, tags, static, pan)
        if app["oda"]["method"] == "DDA":
            if c.check(icc is not None, "ICC public key recovered"):
                self.dda(icc)
        else:
            self.sw(bytes([0x00, 0x88, 0x00, 0x00, 0x04]) + bytes(4) + b"\x00", 0x6D00, "INTERNAL AUTH on SDA card")
        atc_data = self.sw(get_data(0x9F36), 0x9000, "GET DATA ATC")
        c.check(tlv.find(atc_data, 0x9F36) == (atc_before + 1).to_bytes(2, "big"), "ATC = initial + 1 after GPO")
        pin = self.sw(get_data(0x9F17), 0x9000, "GET DATA PIN try counter")
        c.check(tlv.find(pin, 0x9F17) == b"\x03", "PIN try counter 3")
        self.sw(get_data(0x9F4F), 0x6A88, "GET DATA of an unknown tag")

        values, ac_tags, keys = self.first_ac(app, aip, amount)
        atc, arqc = ac_tags[0x9F36], ac_tags[0x9F26]
        c.check(atc == (atc_before + 1).to_bytes(2, "big"), "9F36 in the ARQC answer")
        # Issuer script 71 (before the second GENERATE AC): PUT DATA with a good MAC, then one with a bad MAC.
        put = ref.script_command(keys, app["pan"], app["psn"], atc, arqc, bytes.fromhex("04DA9F79"),
                                 bytes.fromhex("000000010000"))
        script71 = ref.script_template(0x71, [put], bytes.fromhex("00000001"))
        commands = [v for tag, v in tlv.parse(tlv.find(script71, 0x71)) if tag == 0x86]
        self.sw(commands[0], 0x9000, "script PUT DATA, good MAC")
        value = self.sw(get_data(0x9F79), 0x9000, "GET DATA of the value put")
        c.check(tlv.find(value, 0x9F79) == bytes.fromhex("000000010000"), "PUT DATA stored the value")
        bad = bytearray(ref.script_command(keys, app["pan"], app["psn"], atc, arqc, bytes.fromhex("84DA9F79"),
                                           bytes.fromhex("000000020000")))
        bad[-1] ^= 0x01
        self.sw(bytes(bad), 0x6988, "script PUT DATA, bad MAC")
        value = self.sw(get_data(0x9F79), 0x9000, "GET DATA after the refused script")
        c.check(tlv.find(value, 0x9F79) == bytes.fromhex("000000010000"), "a bad MAC changes nothing")
        # Host approves: 91 = ARPC || "00".
        iad91 = ref.issuer_authentication_data(keys, app["pan"], app["psn"], atc, arqc, b"00")
        cdol2 = tlv.build_dol_data(bytes.fromhex(app["cdol2"]), {**values, 0x8A: b"00", 0x91: iad91})
        resp = self.sw(generate_ac(0x40, cdol2), 0x9000, "GENERATE AC 2 (TC requested)")
        cid = tlv.find(resp, 0x9F27)
        iad2 = tlv.find(resp, 0x9F10) or bytes(19)
        if self.profile["behaviour"]["second_ac_always_aac"]:
            c.check(cid == b"\x00", "decline-2nd-ac answers AAC although the host approved")
            c.check(iad2[4] == 0x20, "CVR: AAC in the second GENERATE AC")
        else:
            c.check(cid == b"\x40", "CID 40 (TC)")
            c.check(iad2[4] == 0x60, "CVR: TC in the second, ARQC in the first GENERATE AC")
        c.check(iad2[6] == 0x28, "CVR: two script commands processed, one failed")
        second = ref.compute_second_ac(keys, app["pan"], app["psn"], cdol2[:-10], aip, atc, iad2)
        c.check(tlv.find(resp, 0x9F26) == second, "the second cryptogram verifies with emv_reference")
        self.sw(generate_ac(0x40, cdol2), 0x6985, "a third GENERATE AC")
        # Issuer script 72 (after the second GENERATE AC): PIN unblock.
        unblock = ref.script_command(keys, app["pan"], app["psn"], atc, arqc, bytes.fromhex("84240000"))
        self.sw(unblock, 0x9000, "script PIN unblock, good MAC")
        last_online = self.sw(get_data(0x9F13), 0x9000, "GET DATA last online ATC")
        c.check(tlv.find(last_online, 0x9F13) == atc, "last online ATC updated after issuer authentication")

    def transaction_refusals(self, app):
        c = self.c
        fci = self.select_app(app)
        self.sw(bytes.fromhex("90A40400") + bytes([len(PSE)]) + PSE + b"\x00", 0x6E00, "unknown CLA")
        self.sw(bytes.fromhex("80A40400") + bytes([len(PSE)]) + PSE + b"\x00", 0x6E00, "SELECT with CLA 80")
        self.sw(bytes.fromhex("0020008008") + bytes(8), 0x6D00, "VERIFY is not supported")
        self.sw(bytes.fromhex("00FE000000"), 0x6D00, "unknown INS")
        self.sw(bytes.fromhex("00A40C00") + bytes([len(PSE)]) + PSE + b"\x00", 0x6A86, "SELECT P1 0C")
        self.sw(bytes.fromhex("00A4040000"), 0x6700, "SELECT without data")
        self.sw(bytes.fromhex("00A40400FF") + bytes(3), 0x6700, "SELECT whose Lc runs past the data")
        self.sw(bytes.fromhex("80A80000028300"), 0x6A80, "GPO with empty PDOL data")
        self.sw(bytes.fromhex("80A800000383010000"), 0x6A80, "GPO with PDOL data of the wrong length")
        self.sw(bytes.fromhex("80A80100028300"), 0x6A86, "GPO P1 01")
        self.sw(bytes.fromhex("84241E0000"), 0x6A86, "script command P1 1E")
        aip, afl = self.do_gpo(fci, 100)
        self.sw(gpo(bytes(12)), 0x6985, "GPO twice")
        self.sw(read_record(1, 9), 0x6A83, "record not found")
        self.sw(read_record(7, 1), 0x6A82, "SFI not found")
        self.sw(bytes([0x00, 0xB2, 0x01, 0x0B, 0x00]), 0x6A86, "READ RECORD P2 not 'SFI, P1 is a record number'")
        self.sw(bytes([0x00, 0xB2, 0x01, 0x0C]), 0x6700, "READ RECORD without Le")
        self.sw(bytes.fromhex("80CA9F36"), 0x6700, "GET DATA without Le")
        self.sw(bytes.fromhex("841E000004") + bytes(4), 0x6985, "script before any GENERATE AC")
        self.sw(bytes.fromhex("008200000A") + bytes(10), 0x6985, "EXTERNAL AUTHENTICATE before GENERATE AC")
        values = cdol1_values(100, os.urandom(4))
        data = tlv.build_dol_data(bytes.fromhex(app["cdol1"]), values)
        self.sw(generate_ac(0x80, data[:-1]), 0x6700, "GENERATE AC with a short CDOL1")
        self.sw(generate_ac(0xC0, data), 0x6A86, "GENERATE AC P1 C0")
        self.sw(bytes.fromhex("80AE8001") + bytes([len(data)]) + data + b"\x00", 0x6A86, "GENERATE AC P2 01")
        resp = self.sw(generate_ac(0x90, data), 0x9000, "GENERATE AC ARQC with the CDA bit")
        c.check(tlv.find(resp, 0x9F27) == b"\x80", "CDA bit answered as a plain ARQC")
        if app["oda"]["method"] == "DDA":
            self.sw(bytes([0x00, 0x88, 0x00, 0x00, 0x04]) + bytes(4) + b"\x00", 0x6985, "INTERNAL AUTH after GEN AC")
        keys = ref.issuer_keys(self.cards, app["pan"])
        atc, arqc = tlv.find(resp, 0x9F36), tlv.find(resp, 0x9F26)
        good = ref.issuer_authentication_data(keys, app["pan"], app["psn"], atc, arqc, b"00")
        self.sw(bytes.fromhex("008200000A") + bytes(10), 0x6300, "EXTERNAL AUTHENTICATE with a wrong ARPC")
        self.sw(bytes.fromhex("008200000A") + good, 0x6985, "a second EXTERNAL AUTHENTICATE")
        cdol2 = tlv.build_dol_data(bytes.fromhex(app["cdol2"]), {**values, 0x8A: b"00"})
        self.sw(generate_ac(0x80, cdol2), 0x6A86, "ARQC asked in the second GENERATE AC")
        self.sw(generate_ac(0x40, cdol2[:-1]), 0x6700, "GENERATE AC 2 with a short CDOL2")
        resp = self.sw(generate_ac(0x40, cdol2), 0x9000, "GENERATE AC 2 without issuer authentication data")
        c.check(tlv.find(resp, 0x9F27) == b"\x00", "AAC when issuer authentication failed")
        iad = tlv.find(resp, 0x9F10) or bytes(19)
        c.check(iad[4] == 0x28, "CVR: AAC second, ARQC first, issuer authentication failed")
        # A fresh transaction: host declines (ARC 05) with a valid ARPC -> AAC.
        fci = self.select_app(app)
        self.do_gpo(fci, 200)
        values = cdol1_values(200, os.urandom(4))
        resp = self.sw(generate_ac(0x80, tlv.build_dol_data(bytes.fromhex(app["cdol1"]), values)), 0x9000, "GEN AC 1")
        atc, arqc = tlv.find(resp, 0x9F36), tlv.find(resp, 0x9F26)
        iad91 = ref.issuer_authentication_data(keys, app["pan"], app["psn"], atc, arqc, b"05")
        cdol2 = tlv.build_dol_data(bytes.fromhex(app["cdol2"]), {**values, 0x8A: b"05", 0x91: iad91})
        resp = self.sw(generate_ac(0x40, cdol2), 0x9000, "GENERATE AC 2 after a host decline")
        c.check(tlv.find(resp, 0x9F27) == b"\x00", "AAC when the host declined (ARC 05)")
        # EXTERNAL AUTHENTICATE path (91 not in the CDOL2 data).
        if not self.profile["behaviour"]["second_ac_always_aac"]:
            fci = self.select_app(app)
            self.do_gpo(fci, 300)
            values = cdol1_values(300, os.urandom(4))
            resp = self.sw(generate_ac(0x80, tlv.build_dol_data(bytes.fromhex(app["cdol1"]), values)), 0x9000,
                           "GEN AC 1")
            atc, arqc = tlv.find(resp, 0x9F36), tlv.find(resp, 0x9F26)
            iad91 = ref.issuer_authentication_data(keys, app["pan"], app["psn"], atc, arqc, b"00")
            self.sw(bytes.fromhex("008200000A") + iad91, 0x9000, "EXTERNAL AUTHENTICATE with the right ARPC")
            cdol2 = tlv.build_dol_data(bytes.fromhex(app["cdol2"]), {**values, 0x8A: b"00"})
            resp = self.sw(generate_ac(0x40, cdol2), 0x9000, "GENERATE AC 2 after EXTERNAL AUTHENTICATE")
            c.check(tlv.find(resp, 0x9F27) == b"\x40", "TC after a successful EXTERNAL AUTHENTICATE")
        # Asked for AAC in the first GENERATE AC: AAC, and no second one.
        fci = self.select_app(app)
        self.do_gpo(fci, 400)
        data = tlv.build_dol_data(bytes.fromhex(app["cdol1"]), cdol1_values(400, os.urandom(4)))
        resp = self.sw(generate_ac(0x00, data), 0x9000, "GENERATE AC 1 asking AAC")
        c.check(tlv.find(resp, 0x9F27) == b"\x00", "AAC when the terminal asks AAC")
        self.sw(generate_ac(0x00, bytes(41)), 0x6985, "GENERATE AC after an AAC")

    def transaction_block(self, app):
        """APPLICATION BLOCK by script: the second GENERATE AC declines and the next SELECT answers 6283;
        APPLICATION UNBLOCK in the same transaction lifts it."""
        c = self.c
        for unblock in (True, False):
            fci = self.select_app(app)
            self.do_gpo(fci, 500)
            values = cdol1_values(500, os.urandom(4))
            resp = self.sw(generate_ac(0x80, tlv.build_dol_data(bytes.fromhex(app["cdol1"]), values)), 0x9000,
                           "GEN AC 1")
            keys = ref.issuer_keys(self.cards, app["pan"])
            atc, arqc = tlv.find(resp, 0x9F36), tlv.find(resp, 0x9F26)
            block = ref.script_command(keys, app["pan"], app["psn"], atc, arqc, bytes.fromhex("841E0000"))
            self.sw(block, 0x9000, "script APPLICATION BLOCK")
            iad91 = ref.issuer_authentication_data(keys, app["pan"], app["psn"], atc, arqc, b"00")
            cdol2 = tlv.build_dol_data(bytes.fromhex(app["cdol2"]), {**values, 0x8A: b"00", 0x91: iad91})
            resp = self.sw(generate_ac(0x40, cdol2), 0x9000, "GENERATE AC 2 of a blocked application")
            c.check(tlv.find(resp, 0x9F27) == b"\x00", "a blocked application answers AAC")
            if unblock:
                cmd = ref.script_command(keys, app["pan"], app["psn"], atc, arqc, bytes.fromhex("84180000"))
                self.sw(cmd, 0x9000, "script APPLICATION UNBLOCK")
                self.select_app(app, 0x9000)
            else:
                self.select_app(app, 0x6283)
                aid = bytes.fromhex(app["aid"])
                data, sw = self.term.send(bytes([0x00, 0xA4, 0x04, 0x00, len(aid)]) + aid)
                c.check(sw == 0x6283 and tlv.find(data, 0x84) == aid, "without Le: 61xx, then the FCI with 6283")
                fci = self.select_app(app, 0x6283)
                self.do_gpo(fci, 600)
                data = tlv.build_dol_data(bytes.fromhex(app["cdol1"]), cdol1_values(600, os.urandom(4)))
                resp = self.sw(generate_ac(0x80, data), 0x9000, "GENERATE AC 1 of a blocked application")
                c.check(tlv.find(resp, 0x9F27) == b"\x00", "a blocked application does not go online (AAC)")


def walk_all(make_transport, names, checks: Checks):
    cards = ref.load_cards(os.path.join(HERE, "cards.json"))
    with open(os.path.join(HERE, "ca-keys.json"), encoding="utf-8") as f:
        ca_keys = json.load(f)
    for name in names:
        checks.context = name
        print("profile %s" % name)
        transport, done = make_transport(name)
        try:
            Walk(name, cards["profiles"][name], cards, ca_keys, Terminal(transport), checks).run()
        finally:
            done()


# --- in-process mode ---


def run_in_process(names, checks: Checks):
    cards = ref.load_cards(os.path.join(HERE, "cards.json"))
    instructions = []

    def make_transport(name):
        card = make_card(cards, name, log=instructions.append)
        return card.process, lambda: None

    walk_all(make_transport, names, checks)
    checks.context = "log"
    checks.check(instructions and all(len(line.split()) == 4 for line in instructions), "log lines are INS/SW only")


# --- pcscd mode ---


def run_pcsc(names, checks: Checks) -> bool:
    try:
        rig = PrivatePcscd()
    except RigUnavailable as e:
        print("%s: skipped" % e)
        return False
    os.environ["PCSCLITE_CSOCK_NAME"] = rig.socket  # before pyscard opens its first context
    try:
        from smartcard.CardConnection import CardConnection
        from smartcard.Exceptions import CardConnectionException, NoCardException
        from smartcard.System import readers
    except ImportError:
        print("pyscard is not installed (apt-get install python3-pyscard): skipped")
        return False
    card_log = os.path.join(rig.dir, "card.log")
    atr = ref.load_cards()["atr"]
    card = {}
    rig.start()
    print("private pcscd pid %d, socket %s, vpcd port %d" % (rig.proc.pid, rig.socket, rig.port))
    failed = True
    try:
        deadline = time.monotonic() + 15
        rdr = None
        while rdr is None:
            try:
                rdr = next((r for r in readers() if str(r) == rig.reader), None)
            except Exception:
                pass
            if rdr is None:
                if time.monotonic() > deadline:
                    raise RuntimeError("the vpcd reader did not appear")
                time.sleep(0.1)
        print("reader: %s" % rdr)

        def make_transport(name):
            proc = card["p"] = rig.insert(name, card_log)
            conn = rdr.createConnection()
            deadline = time.monotonic() + 20
            while True:
                try:
                    conn.connect(CardConnection.T1_protocol)
                    break
                except (NoCardException, CardConnectionException):
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("the card did not come up in the reader")
                    time.sleep(0.1)
            checks.check(bytes(conn.getATR()).hex().upper() == atr, "ATR through pcscd")

            def transmit(apdu: bytes) -> bytes:
                data, sw1, sw2 = conn.transmit(list(apdu))
                return bytes(data) + bytes([sw1, sw2])

            def done():
                try:
                    conn.disconnect()
                except Exception:
                    pass
                rc = stop_process(proc)
                checks.check(rc == 0, "card process exits 0 on SIGTERM (got %s)" % rc)
                # Wait until pcscd has seen the removal, so that the next card is a fresh insertion.
                deadline = time.monotonic() + 10
                while time.monotonic() < deadline:
                    probe = rdr.createConnection()
                    try:
                        probe.connect()
                        probe.disconnect()
                    except Exception:
                        break
                    time.sleep(0.1)

            return transmit, done

        walk_all(make_transport, names, checks)
        with open(card_log, encoding="utf-8") as f:
            lines = f.read().splitlines()
        checks.context = "card log"
        apdu_lines = [line for line in lines if " INS " in line]
        checks.check(len(apdu_lines) > 50, "the card logged its APDUs")
        checks.check(all(line.split(" INS ")[1].count(" ") == 2 for line in apdu_lines), "log lines: INS and SW only")
        cards = ref.load_cards()
        pans = [a["pan"] for p in cards["profiles"].values() for a in p["apps"]]
        text = "\n".join(lines)
        checks.check(not any(pan in text for pan in pans), "no PAN in the card log")
        failed = bool(checks.failures)
        return True
    finally:
        if card.get("p") is not None:
            stop_process(card["p"])
        rig.stop()
        if failed:
            print("logs kept in %s" % rig.dir)
        else:
            rig.cleanup()


def main() -> int:
    ap = argparse.ArgumentParser(description="Self-test of the emulated PBOC card")
    ap.add_argument("--pcsc", action="store_true", help="walk through a private pcscd + vpcd + pyscard")
    ap.add_argument("--profile", action="append", help="only this profile (repeatable)")
    args = ap.parse_args()
    checks = Checks()
    cards = ref.load_cards()
    names = args.profile or list(cards["profiles"])

    checks.context = "vectors"
    for failure in ref.check_vectors():
        checks.check(False, failure)
    for n in (0, 7, 8, 29, 37):
        key, data = os.urandom(16), os.urandom(n)
        other = ref.openssl_retail_mac(key, data)
        if other is None:
            print("openssl not found: MAC cross-check skipped")
            break
        checks.check(other == ref.retail_mac(key, data), "retail MAC agrees with openssl for %d bytes" % n)
    checks.context = "make_keys"
    rc = subprocess.run([sys.executable, os.path.join(HERE, "make_keys.py"), "--check"]).returncode
    checks.check(rc == 0, "committed JSON is what make_keys.py generates")

    if args.pcsc:
        if not run_pcsc(names, checks):
            return 77  # not installed: skipped
    else:
        run_in_process(names, checks)
    mode = "pcsc" if args.pcsc else "in-process"
    if checks.failures:
        print("selftest (%s): %d of %d checks FAILED" % (mode, len(checks.failures), checks.count))
        for f in checks.failures:
            print("  " + f)
        return 1
    print("selftest (%s): all %d checks passed" % (mode, checks.count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
