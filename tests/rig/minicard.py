#!/usr/bin/python3
"""A tiny card for the PC/SC tests: speaks vpcd's protocol and answers a few APDUs the T=0 way.

The PBOC card emulator (tests/rig/card/pboc_card.py) plays a bank card; this one exists to prove the terminal's
transport: status words 61xx (data waiting, fetch it with GET RESPONSE) and 6Cxx (wrong Le, send again with Le = xx),
a slow command to pull the card out of the reader mid-exchange, and nothing else.

    minicard.py --port PORT [--host 127.0.0.1] [--protocol t0|t1] [--log FILE]

vpcd's protocol: every message is a 2-byte big-endian length and a payload. One-byte payloads are control messages
(0x00 power off, 0x01 power on, 0x02 reset, 0x04 get ATR; only the ATR request gets an answer); longer payloads are
command APDUs, each answered with one response APDU.

APDUs (CLA 80 unless said otherwise):
    00 A4 .. ..  SELECT                     -> 90 00
    80 10 00 00  data in two chunks         -> 61 10; GET RESPONSE 10 -> 16 bytes 61 08; GET RESPONSE 08 -> 8 bytes 90 00
    80 12 00 00  needs Le = 0A              -> 6C 0A for any other Le; with Le 0A -> 10 bytes 90 00
    80 18 00 00  256 bytes waiting          -> 61 00; GET RESPONSE 00 -> 256 bytes 90 00
    80 14 00 00  slow                       -> answers 90 00 only after --slow seconds (default 30)
    80 16 00 00  Lc data                    -> the data reversed, 90 00 (case 4 with data in and out)
    00 C0 00 00  GET RESPONSE without pending data -> 69 85; with a wrong Le -> 6C xx (the pending length)
    anything else                           -> 6D 00
The data bytes are deterministic (byte i of a response is (INS + i) mod 256), so a test can check every byte.
SIGTERM exits at once: the rig "removes" the card by killing this process.
"""

import argparse
import signal
import socket
import struct
import sys
import time

ATR_T0 = bytes.fromhex("3B021450")  # T0 = 02: two historical bytes, no interface bytes, so T=0 only
ATR_T1 = bytes.fromhex("3B800181")  # TD1 = 01: T=1, then TCK


def pattern(ins, n):
    return bytes((ins + i) % 256 for i in range(n))


class MiniCard:
    def __init__(self, log):
        self.log = log
        self.pending = b""  # response data waiting for GET RESPONSE
        self.slow_seconds = 30.0

    def note(self, apdu, response):
        # INS and SW only: the habit the card emulators keep, whatever the data.
        if self.log:
            self.log.write("INS %02X SW %s\n" % (apdu[1] if len(apdu) > 1 else 0, response[-2:].hex().upper()))
            self.log.flush()

    def answer(self, apdu):
        response = self.respond(apdu)
        self.note(apdu, response)
        return response

    def respond(self, apdu):
        if len(apdu) < 4:
            return b"\x67\x00"
        cla, ins = apdu[0], apdu[1]
        body = apdu[4:]
        le = body[0] if len(body) == 1 else None  # case 2: header + Le
        if ins == 0xC0 and cla == 0x00:
            if not self.pending:
                return b"\x69\x85"
            want = 256 if le in (None, 0) else le
            if want > len(self.pending):
                return bytes([0x6C, len(self.pending) % 256])
            chunk, self.pending = self.pending[:want], self.pending[want:]
            if self.pending:
                return chunk + bytes([0x61, min(len(self.pending), 256) % 256])
            return chunk + b"\x90\x00"
        self.pending = b""
        if ins == 0xA4:
            return b"\x90\x00"
        if cla != 0x80:
            return b"\x6E\x00"
        if ins == 0x10:
            self.pending = pattern(ins, 24)
            return b"\x61\x10"  # 24 bytes wait, handed out 16 then 8: the second 61 08 needs a second GET RESPONSE
        if ins == 0x12:
            if le != 0x0A:
                return b"\x6C\x0A"
            return pattern(ins, 10) + b"\x90\x00"
        if ins == 0x18:
            self.pending = pattern(ins, 256)
            return b"\x61\x00"
        if ins == 0x14:
            time.sleep(self.slow_seconds)
            return b"\x90\x00"
        if ins == 0x16:
            if len(body) < 1 or len(body) < 1 + body[0]:
                return b"\x67\x00"
            data = body[1 : 1 + body[0]]
            return bytes(reversed(data)) + b"\x90\x00"
        return b"\x6D\x00"


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        part = sock.recv(n - len(data))
        if not part:
            raise ConnectionError("vpcd closed the connection")
        data += part
    return data


def serve(sock, card, atr):
    while True:
        (size,) = struct.unpack(">H", recv_exact(sock, 2))
        payload = recv_exact(sock, size) if size else b""
        if size == 1:
            if payload[0] == 0x04:
                sock.sendall(struct.pack(">H", len(atr)) + atr)
            elif payload[0] in (0x00, 0x01, 0x02):
                card.pending = b""
            continue
        response = card.answer(payload)
        sock.sendall(struct.pack(">H", len(response)) + response)


def main():
    parser = argparse.ArgumentParser(description="tiny T=0 test card for vpcd")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--protocol", choices=("t0", "t1"), default="t0")
    parser.add_argument("--slow", type=float, default=30.0, help="seconds the slow command (80 14) takes")
    parser.add_argument("--log", help="append INS/SW lines to this file")
    parser.add_argument("--profile", help="accepted for the rig's sake; the minicard has one behaviour")
    args = parser.parse_args()

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    log = open(args.log, "a", encoding="ascii") if args.log else None
    card = MiniCard(log)
    card.slow_seconds = args.slow
    atr = ATR_T1 if args.protocol == "t1" else ATR_T0

    # vpcd listens once pcscd has loaded the driver; retry a little so the rig can start both at once.
    deadline = time.monotonic() + 10
    while True:
        try:
            sock = socket.create_connection((args.host, args.port), timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline:
                print("minicard: cannot connect to vpcd on %s:%d" % (args.host, args.port), file=sys.stderr)
                return 1
            time.sleep(0.1)
    sock.settimeout(None)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        serve(sock, card, atr)
    except (ConnectionError, OSError):
        return 0  # the reader went away: nothing more to answer
    return 0


if __name__ == "__main__":
    sys.exit(main())
