#!/usr/bin/python3
"""The emulated PBOC contact card of the PosDesk test rig.

    /usr/bin/python3 pboc_card.py --port PORT --profile NAME [--host 127.0.0.1] [--log FILE] [--cards FILE]

Connects to vpcd (the vsmartcard-vpcd pcscd driver) listening on PORT and answers its requests: 2-byte
big-endian length + payload; a 1-byte payload is a control message (00 power off, 01 power on, 02 reset, 04 get
ATR; only the ATR is answered), a longer one a command APDU answered with the response APDU.
Card state (ATC, PIN try counter, blocked flag) lives in memory: a fresh process is a fresh card.
SIGTERM (the rig "removing" the card) exits with status 0. Only APDU INS and SW are logged, never card data.

PbocCard is usable in-process: PbocCard(profile).process(apdu) -> response; selftest.py does that.
"""

import argparse
import json
import os
import signal
import socket
import struct
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tlv  # noqa: E402
from emv_crypto import (  # noqa: E402
    arpc_method1,
    derive_session_key,
    derive_udk,
    retail_mac,
    rsa_apply,
    sha1,
)

PSE_NAME = b"1PAY.SYS.DDF01"
PPSE_NAME = b"2PAY.SYS.DDF01"

SW_OK = b"\x90\x00"
SW_WRONG_LENGTH = b"\x67\x00"
SW_CONDITIONS = b"\x69\x85"
SW_BAD_MAC = b"\x69\x88"
SW_WRONG_DATA = b"\x6a\x80"
SW_NOT_FOUND = b"\x6a\x82"
SW_RECORD_NOT_FOUND = b"\x6a\x83"
SW_WRONG_P1P2 = b"\x6a\x86"
SW_DATA_NOT_FOUND = b"\x6a\x88"
SW_INS = b"\x6d\x00"
SW_CLA = b"\x6e\x00"
SW_AUTH_FAILED = b"\x63\x00"
SW_SELECTED_INVALIDATED = b"\x62\x83"

CLASSES = (0x00, 0x80, 0x84, 0x04)
# Tags an issuer script may set with PUT DATA (PBOC limits and electronic cash values).
PUT_DATA_TAGS = (0x9F14, 0x9F23, 0x9F53, 0x9F58, 0x9F59, 0x9F6D, 0x9F72, 0x9F77, 0x9F78, 0x9F79)

CID_AAC, CID_TC, CID_ARQC = 0x00, 0x40, 0x80


class Apdu:
    """A short command APDU split into its parts; `error` is set when the encoding itself is wrong."""

    def __init__(self, raw: bytes):
        self.raw = bytes(raw)
        self.error = None
        self.data = b""
        self.lc = None
        self.le = None
        if len(raw) < 4:
            self.error = SW_WRONG_LENGTH
            self.cla = self.ins = self.p1 = self.p2 = 0
            return
        self.cla, self.ins, self.p1, self.p2 = raw[0], raw[1], raw[2], raw[3]
        rest = raw[4:]
        if len(rest) == 0:
            return
        if len(rest) == 1:
            self.le = rest[0] or 256
            return
        lc = rest[0]
        if lc == 0:  # extended length: not supported by this card
            self.error = SW_WRONG_LENGTH
            return
        if len(rest) == 1 + lc:
            self.lc, self.data = lc, rest[1:]
        elif len(rest) == 2 + lc:
            self.lc, self.data, self.le = lc, rest[1 : 1 + lc], (rest[-1] or 256)
        else:
            self.error = SW_WRONG_LENGTH


class CommandError(Exception):
    def __init__(self, sw: bytes):
        super().__init__(sw.hex())
        self.sw = sw


def need(condition: bool, sw: bytes):
    if not condition:
        raise CommandError(sw)


class Application:
    """One chip application with its persistent state."""

    def __init__(self, conf: dict, behaviour: dict):
        self.conf = conf
        self.behaviour = behaviour
        self.aid = bytes.fromhex(conf["aid"])
        self.aip = bytes.fromhex(conf["aip"])
        self.afl = bytes.fromhex(conf["afl"])
        self.pdol = bytes.fromhex(conf["pdol"])
        self.cdol1 = bytes.fromhex(conf["cdol1"])
        self.cdol2 = bytes.fromhex(conf["cdol2"])
        self.records = {}
        for key, value in conf["records"].items():
            sfi, rec = key.split(".")
            self.records[(int(sfi), int(rec))] = bytes.fromhex(value)
        self.dda = conf["oda"]["method"] == "DDA"
        if self.dda:
            icc = conf["oda"]["icc"]
            self.icc_n = int(icc["modulus"], 16)
            self.icc_d = int(icc["private_exponent"], 16)
            self.icc_size = len(bytes.fromhex(icc["modulus"]))
            self.ddol = bytes.fromhex(conf["oda"]["ddol"])
        self.udk_ac = derive_udk(bytes.fromhex(conf["imk_ac"]), conf["pan"], conf["psn"])
        self.udk_smi = derive_udk(bytes.fromhex(conf["imk_smi"]), conf["pan"], conf["psn"])
        self.key_index = bytes.fromhex(conf.get("key_index", "01"))
        self.cvn = bytes.fromhex(conf.get("cvn", "01"))
        # Persistent (survives power cycles, not the process).
        self.atc = int(conf["atc_initial"])
        self.last_online_atc = int(conf.get("last_online_atc_initial", 0))
        self.pin_try_limit = int(conf.get("pin_try_limit", 3))
        self.pin_tries = self.pin_try_limit
        self.blocked = False
        self.put_data = {}

    def fci(self) -> bytes:
        prop = tlv.tlv(0x50, self.conf["label"].encode("ascii"))
        prop += tlv.tlv(0x87, bytes.fromhex(self.conf["priority"]))
        prop += tlv.tlv(0x9F38, self.pdol)
        prop += tlv.tlv(0x5F2D, self.conf.get("language", "zh").encode("ascii"))
        return tlv.constructed(0x6F, tlv.tlv(0x84, self.aid), tlv.tlv(0xA5, prop))

    def directory_entry(self) -> bytes:
        return tlv.constructed(
            0x61,
            tlv.tlv(0x4F, self.aid),
            tlv.tlv(0x50, self.conf["label"].encode("ascii")),
            tlv.tlv(0x87, bytes.fromhex(self.conf["priority"])),
        )


class Transaction:
    """What the card remembers between the commands of one transaction (cleared by SELECT and power cycles)."""

    def __init__(self):
        self.gpo_done = False
        self.ac_count = 0  # GENERATE ACs answered
        self.first_cid = None
        self.arqc = None
        self.external_auth = None  # None: not done; True / False: its result
        self.scripts_done = 0
        self.script_failed = False


class PbocCard:
    def __init__(self, profile: dict, atr: bytes, log=None):
        self.profile = profile
        self.behaviour = profile.get("behaviour", {})
        self.apps = [Application(a, self.behaviour) for a in profile.get("apps", [])]
        self.atr = bytes(atr)
        self.log = log
        self.power_cycle()

    # --- session ---

    def power_cycle(self):
        self.selected = None  # None, "PSE" or an Application
        self.last_select = None  # (name, index of the app it found) for SELECT next occurrence
        self.tx = Transaction()
        self.pending = b""  # response data waiting for GET RESPONSE
        self.pending_sw = SW_OK

    def _log(self, ins: int, sw: bytes):
        if self.log:
            self.log("INS %02X SW %s" % (ins, sw.hex().upper()))

    def process(self, raw: bytes) -> bytes:
        apdu = Apdu(raw)
        pending, self.pending = self.pending, b""
        if apdu.error:
            response = apdu.error
        else:
            try:
                if (apdu.cla, apdu.ins) == (0x00, 0xC0):
                    response = self._get_response(apdu, pending)
                else:
                    response = self._dispatch(apdu)
            except CommandError as e:
                response = e.sw
        self._log(apdu.ins, response[-2:])
        return response

    def _dispatch(self, apdu: Apdu) -> bytes:
        handlers = {
            (0x00, 0xA4): self._select,
            (0x00, 0xB2): self._read_record,
            (0x80, 0xA8): self._gpo,
            (0x80, 0xCA): self._get_data,
            (0x00, 0x88): self._internal_authenticate,
            (0x80, 0xAE): self._generate_ac,
            (0x00, 0x82): self._external_authenticate,
            (0x84, 0x24): self._pin_change_unblock,
            (0x84, 0x1E): self._application_block,
            (0x84, 0x18): self._application_unblock,
            (0x84, 0xDA): self._put_data,
            (0x04, 0xDA): self._put_data,
        }
        handler = handlers.get((apdu.cla, apdu.ins))
        if handler is None:
            known_ins = {ins for _, ins in handlers} | {0xC0}
            if apdu.cla not in CLASSES or apdu.ins in known_ins:
                return SW_CLA
            return SW_INS
        return handler(apdu)

    def _respond(self, apdu: Apdu, data: bytes, sw: bytes = SW_OK) -> bytes:
        """Data with its status; without Le the data waits for GET RESPONSE (61 xx), as on T=0."""
        if not data:
            return sw
        if apdu.le is None:
            self.pending, self.pending_sw = data, sw
            return bytes([0x61, len(data) if len(data) < 256 else 0])
        if apdu.le < len(data):
            return bytes([0x6C, len(data) if len(data) < 256 else 0])
        return data + sw

    def _get_response(self, apdu: Apdu, pending: bytes) -> bytes:
        need(apdu.lc is None and apdu.le is not None, SW_WRONG_LENGTH)
        need(apdu.p1 == 0 and apdu.p2 == 0, SW_WRONG_P1P2)
        need(bool(pending), SW_CONDITIONS)
        chunk, rest = pending[: apdu.le], pending[apdu.le :]
        if rest:
            self.pending = rest
            return chunk + bytes([0x61, len(rest) if len(rest) < 256 else 0])
        return chunk + self.pending_sw

    @staticmethod
    def _case2(apdu: Apdu):
        need(apdu.lc is None and apdu.le is not None, SW_WRONG_LENGTH)

    @staticmethod
    def _with_data(apdu: Apdu, length=None):
        need(apdu.lc is not None, SW_WRONG_LENGTH)
        if length is not None:
            need(apdu.lc == length, SW_WRONG_LENGTH)

    def _app(self) -> Application:
        need(isinstance(self.selected, Application), SW_CONDITIONS)
        return self.selected

    # --- commands ---

    def _select(self, apdu: Apdu) -> bytes:
        self._with_data(apdu)
        need(5 <= apdu.lc <= 16, SW_WRONG_LENGTH)
        need(apdu.p1 == 0x04 and apdu.p2 in (0x00, 0x02), SW_WRONG_P1P2)
        if self.behaviour.get("select_not_found"):
            raise CommandError(SW_NOT_FOUND)
        name = apdu.data
        if name == PSE_NAME:
            need(apdu.p2 == 0x00 and bool(self.apps), SW_NOT_FOUND)
            self.selected, self.last_select, self.tx = "PSE", None, Transaction()
            prop = tlv.tlv(0x88, b"\x01") + tlv.tlv(0x5F2D, b"zhen")
            return self._respond(apdu, tlv.constructed(0x6F, tlv.tlv(0x84, PSE_NAME), tlv.tlv(0xA5, prop)))
        if name == PPSE_NAME:
            raise CommandError(SW_NOT_FOUND)  # contact-only card
        matches = [i for i, a in enumerate(self.apps) if a.aid.startswith(name)]
        if apdu.p2 == 0x02:
            if not self.last_select or self.last_select[0] != name:
                raise CommandError(SW_NOT_FOUND)
            matches = [i for i in matches if i > self.last_select[1]]
        need(bool(matches), SW_NOT_FOUND)
        app = self.apps[matches[0]]
        self.selected, self.last_select, self.tx = app, (name, matches[0]), Transaction()
        return self._respond(apdu, app.fci(), SW_SELECTED_INVALIDATED if app.blocked else SW_OK)

    def _read_record(self, apdu: Apdu) -> bytes:
        self._case2(apdu)
        need(apdu.p1 != 0 and (apdu.p2 & 0x07) == 0x04 and (apdu.p2 >> 3) != 0, SW_WRONG_P1P2)
        sfi, rec = apdu.p2 >> 3, apdu.p1
        if self.selected == "PSE":
            need(sfi == 1, SW_NOT_FOUND)
            need(rec == 1, SW_RECORD_NOT_FOUND)
            return self._respond(apdu, tlv.constructed(0x70, *[a.directory_entry() for a in self.apps]))
        app = self._app()
        need(self.tx.gpo_done, SW_CONDITIONS)
        need(any(s == sfi for s, _ in app.records), SW_NOT_FOUND)
        need((sfi, rec) in app.records, SW_RECORD_NOT_FOUND)
        return self._respond(apdu, app.records[(sfi, rec)])

    def _gpo(self, apdu: Apdu) -> bytes:
        self._with_data(apdu)
        need(apdu.p1 == 0 and apdu.p2 == 0, SW_WRONG_P1P2)
        app = self._app()
        need(not self.tx.gpo_done, SW_CONDITIONS)
        try:
            items = tlv.parse(apdu.data)
        except tlv.TlvError:
            raise CommandError(SW_WRONG_DATA)
        need(len(items) == 1 and items[0][0] == 0x83, SW_WRONG_DATA)
        need(len(items[0][1]) == tlv.dol_length(app.pdol), SW_WRONG_DATA)
        need(app.atc < 0xFFFF, SW_CONDITIONS)
        app.atc += 1
        self.tx.gpo_done = True
        return self._respond(apdu, tlv.constructed(0x77, tlv.tlv(0x82, app.aip), tlv.tlv(0x94, app.afl)))

    def _get_data(self, apdu: Apdu) -> bytes:
        self._case2(apdu)
        app = self._app()
        tag = (apdu.p1 << 8) | apdu.p2
        if tag == 0x9F36:
            value = app.atc.to_bytes(2, "big")
        elif tag == 0x9F13:
            value = app.last_online_atc.to_bytes(2, "big")
        elif tag == 0x9F17:
            value = bytes([app.pin_tries])
        elif tag in app.put_data:
            value = app.put_data[tag]
        else:
            raise CommandError(SW_DATA_NOT_FOUND)
        return self._respond(apdu, tlv.tlv(tag, value))

    def _internal_authenticate(self, apdu: Apdu) -> bytes:
        app = self._app()
        need(app.dda, SW_INS)
        self._with_data(apdu, tlv.dol_length(app.ddol))
        need(apdu.p1 == 0 and apdu.p2 == 0, SW_WRONG_P1P2)
        need(self.tx.gpo_done and self.tx.ac_count == 0, SW_CONDITIONS)
        dynamic_number = os.urandom(8)
        icc_dynamic = bytes([len(dynamic_number)]) + dynamic_number
        pad = b"\xbb" * (app.icc_size - len(icc_dynamic) - 25)
        body = b"\x05\x01" + bytes([len(icc_dynamic)]) + icc_dynamic + pad
        block = b"\x6a" + body + sha1(body + apdu.data) + b"\xbc"
        signature = bytearray(rsa_apply(block, app.icc_d, app.icc_n, app.icc_size))
        if self.behaviour.get("corrupt_dynamic_signature"):
            signature[len(signature) // 2] ^= 0xFF
        return self._respond(apdu, tlv.constructed(0x77, tlv.tlv(0x9F4B, bytes(signature))))

    def _cvr(self, second_cid=None) -> bytes:
        """Card verification results (PBOC / VIS layout): 03, AC types, last-transaction flags, script counter."""
        b2 = 0x80 if second_cid is None else (0x40 if second_cid == CID_TC else 0x00)
        b2 |= {CID_ARQC: 0x20, CID_TC: 0x10, CID_AAC: 0x00}[self.tx.first_cid]
        if second_cid is not None and self.tx.external_auth is False:
            b2 |= 0x08  # issuer authentication performed and failed
        b4 = (min(self.tx.scripts_done, 15) << 4) | (0x08 if self.tx.script_failed else 0)
        return bytes([0x03, b2, 0x00, b4])

    def _iad(self, cvr: bytes) -> bytes:
        app = self._app()
        return b"\x07" + app.key_index + app.cvn + cvr + b"\x01" + b"\x0a\x01" + bytes(9)

    def _ac_response(self, cid: int, ac_input: bytes, cvr: bytes) -> bytes:
        app = self._app()
        atc = app.atc.to_bytes(2, "big")
        sk = derive_session_key(app.udk_ac, atc)
        ac = retail_mac(sk, ac_input + app.aip + atc + cvr)
        return tlv.constructed(
            0x77,
            tlv.tlv(0x9F27, bytes([cid])),
            tlv.tlv(0x9F36, atc),
            tlv.tlv(0x9F26, ac),
            tlv.tlv(0x9F10, self._iad(cvr)),
        )

    def _generate_ac(self, apdu: Apdu) -> bytes:
        app = self._app()
        need((apdu.p1 & 0x2F) == 0 and (apdu.p1 & 0xC0) != 0xC0 and apdu.p2 == 0, SW_WRONG_P1P2)
        need(self.tx.gpo_done, SW_CONDITIONS)
        requested = apdu.p1 & 0xC0  # bit 0x10 (CDA) is answered as without it
        if self.tx.ac_count == 0:
            self._with_data(apdu, tlv.dol_length(app.cdol1))
            if requested == CID_AAC or app.blocked:
                cid = CID_AAC
            else:
                cid = CID_ARQC  # this card always goes online
            self.tx.first_cid = cid
            self.tx.ac_count = 1 if cid == CID_ARQC else 2
            cvr = self._cvr()
            response = self._ac_response(cid, apdu.data, cvr)
            if cid == CID_ARQC:
                self.tx.arqc = tlv.find(response, 0x9F26)
            return self._respond(apdu, response)
        need(self.tx.ac_count == 1, SW_CONDITIONS)
        need(requested in (CID_TC, CID_AAC), SW_WRONG_P1P2)
        self._with_data(apdu, tlv.dol_length(app.cdol2))
        fields = tlv.split_dol_data(app.cdol2, apdu.data)
        arc, issuer_auth_data = fields[0x8A], fields[0x91]
        if any(issuer_auth_data):
            self.tx.external_auth = self._verify_arpc(issuer_auth_data[:8], issuer_auth_data[8:])
        approved = (
            requested == CID_TC
            and arc == b"00"
            and self.tx.external_auth is True
            and not app.blocked
            and not self.behaviour.get("second_ac_always_aac")
        )
        cid = CID_TC if approved else CID_AAC
        if self.tx.external_auth is True:
            app.last_online_atc = app.atc
        self.tx.ac_count = 2
        # The cryptogram covers the CDOL2 data without the issuer authentication data (91).
        ac_input = b"".join(v for t, v in fields.items() if t != 0x91)
        return self._respond(apdu, self._ac_response(cid, ac_input, self._cvr(cid)))

    def _verify_arpc(self, arpc: bytes, arc: bytes) -> bool:
        app = self._app()
        sk = derive_session_key(app.udk_ac, app.atc.to_bytes(2, "big"))
        return arpc_method1(sk, self.tx.arqc, arc) == arpc

    def _external_authenticate(self, apdu: Apdu) -> bytes:
        need(apdu.lc == 10 and apdu.le is None, SW_WRONG_LENGTH)
        need(apdu.p1 == 0 and apdu.p2 == 0, SW_WRONG_P1P2)
        self._app()
        need(self.tx.ac_count == 1 and self.tx.external_auth is None, SW_CONDITIONS)
        self.tx.external_auth = self._verify_arpc(apdu.data[:8], apdu.data[8:])
        return SW_OK if self.tx.external_auth else SW_AUTH_FAILED

    # --- issuer scripts (secure messaging: a 4-byte MAC at the end of the data) ---

    def _script(self, apdu: Apdu) -> tuple:
        """Checks the script command's form, order and MAC; returns (application, data without the MAC)."""
        need(apdu.lc is not None and apdu.le is None and apdu.lc >= 4, SW_WRONG_LENGTH)
        app = self._app()
        need(self.tx.arqc is not None, SW_CONDITIONS)
        data, mac = apdu.data[:-4], apdu.data[-4:]
        atc = app.atc.to_bytes(2, "big")
        sk = derive_session_key(app.udk_smi, atc)
        header = bytes([apdu.cla, apdu.ins, apdu.p1, apdu.p2, apdu.lc])
        expected = retail_mac(sk, header + atc + self.tx.arqc + data)[:4]
        self.tx.scripts_done += 1
        if expected != mac:
            self.tx.script_failed = True
            raise CommandError(SW_BAD_MAC)
        return app, data

    def _pin_change_unblock(self, apdu: Apdu) -> bytes:
        need(apdu.p1 == 0 and apdu.p2 in (0x00, 0x01, 0x02), SW_WRONG_P1P2)
        if apdu.p2 == 0x00:
            need(apdu.lc == 4, SW_WRONG_LENGTH)
        else:
            need(apdu.lc is not None and apdu.lc > 4, SW_WRONG_LENGTH)
        app, _ = self._script(apdu)
        app.pin_tries = app.pin_try_limit  # the enciphered new PIN (P2 01/02) is accepted, not kept
        return SW_OK

    def _application_block(self, apdu: Apdu) -> bytes:
        need(apdu.p1 == 0 and apdu.p2 == 0, SW_WRONG_P1P2)
        need(apdu.lc == 4, SW_WRONG_LENGTH)
        app, _ = self._script(apdu)
        app.blocked = True
        return SW_OK

    def _application_unblock(self, apdu: Apdu) -> bytes:
        need(apdu.p1 == 0 and apdu.p2 == 0, SW_WRONG_P1P2)
        need(apdu.lc == 4, SW_WRONG_LENGTH)
        app, _ = self._script(apdu)
        app.blocked = False
        return SW_OK

    def _put_data(self, apdu: Apdu) -> bytes:
        tag = (apdu.p1 << 8) | apdu.p2
        need(tag in PUT_DATA_TAGS, SW_DATA_NOT_FOUND)
        need(apdu.lc is not None and apdu.lc > 4, SW_WRONG_LENGTH)
        app, data = self._script(apdu)
        app.put_data[tag] = data
        return SW_OK


# --- loading ---


def load_cards(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def make_card(cards: dict, profile_name: str, log=None) -> PbocCard:
    if profile_name not in cards["profiles"]:
        raise KeyError(profile_name)
    return PbocCard(cards["profiles"][profile_name], bytes.fromhex(cards["atr"]), log)


# --- vpcd link ---

VPCD_POWER_OFF, VPCD_POWER_ON, VPCD_RESET, VPCD_ATR = 0, 1, 2, 4


def recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = b""
    while len(buf) < n:
        # vpcd may write the length and the APDU separately without TCP_NODELAY: acknowledging at once keeps
        # Nagle on its side from holding the APDU for a delayed ACK (about 40 ms per command otherwise).
        if hasattr(socket, "TCP_QUICKACK"):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("vpcd closed the connection")
        buf += chunk
    return buf


def serve(sock: socket.socket, card: PbocCard, log):
    while True:
        (size,) = struct.unpack(">H", recv_exact(sock, 2))
        payload = recv_exact(sock, size) if size else b""
        if size == 1:
            ctrl = payload[0]
            if ctrl == VPCD_ATR:
                sock.sendall(struct.pack(">H", len(card.atr)) + card.atr)
            elif ctrl in (VPCD_POWER_OFF, VPCD_POWER_ON, VPCD_RESET):
                card.power_cycle()
                log({VPCD_POWER_OFF: "power off", VPCD_POWER_ON: "power on", VPCD_RESET: "reset"}[ctrl])
            else:
                log("unknown vpcd control %02X" % ctrl)
            continue
        response = card.process(payload)
        sock.sendall(struct.pack(">H", len(response)) + response)


def connect(host: str, port: int, timeout: float, log) -> socket.socket:
    deadline = time.monotonic() + timeout
    while True:
        try:
            sock = socket.create_connection((host, port), timeout=5)
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            log("connected to vpcd on %s:%d" % (host, port))
            return sock
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def main() -> int:
    ap = argparse.ArgumentParser(description="Emulated PBOC test card for vpcd")
    ap.add_argument("--port", type=int, required=True, help="vpcd's TCP port")
    ap.add_argument("--profile", required=True, help="card profile in cards.json")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--log", help="append INS/SW lines to this file (default: standard error)")
    ap.add_argument("--cards", default=os.path.join(HERE, "cards.json"))
    ap.add_argument("--connect-timeout", type=float, default=30.0, help="seconds to wait for vpcd (default 30)")
    args = ap.parse_args()

    log_file = open(args.log, "a", encoding="utf-8", buffering=1) if args.log else sys.stderr

    def log(line: str):
        log_file.write("%s pboc_card[%s] %s\n" % (time.strftime("%H:%M:%S"), args.profile, line))
        log_file.flush()

    def on_term(signum, frame):
        log("terminated")
        sys.exit(0)

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)

    cards = load_cards(args.cards)
    try:
        card = make_card(cards, args.profile, log)
    except KeyError:
        print("unknown profile %r; known: %s" % (args.profile, ", ".join(cards["profiles"])), file=sys.stderr)
        return 2
    while True:
        try:
            sock = connect(args.host, args.port, args.connect_timeout, log)
        except OSError as e:
            log("cannot reach vpcd: %s" % e)
            return 1
        try:
            serve(sock, card, log)
        except (ConnectionError, OSError) as e:
            log("link lost (%s); reconnecting" % e)
            sock.close()
            card.power_cycle()


if __name__ == "__main__":
    sys.exit(main())
