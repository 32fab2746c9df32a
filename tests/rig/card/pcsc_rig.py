#!/usr/bin/python3
"""A private pcscd with the vpcd virtual reader, and emulated cards inserted into it.

    pcsc_rig.py --profile NAME      starts both, prints PCSCLITE_CSOCK_NAME=... and READER=..., runs until
                                    SIGTERM / Ctrl-C, then stops the card and pcscd

Debian 12's pcscd 1.9.9 does not read PCSCLITE_CSOCK_NAME (only the client library does) and always listens
on /run/pcscd/pcscd.comm. So pcscd runs in its own mount namespace (`unshare -m`, root needed) where a private
directory is bind-mounted on /run/pcscd; clients find it through PCSCLITE_CSOCK_NAME=<dir>/pcscd.comm.
vpcd ("DEVICENAME /dev/null:PORT") listens on PORT and PORT+1 (two slots) on all interfaces.
"""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
VPCD_DRIVER = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so"
READER_NAME = "PosDesk Virtual PCD"
VPCD_SLOTS = 2


class RigUnavailable(RuntimeError):
    """pcscd, the vpcd driver, unshare or root is missing: the rig cannot run here."""


def free_port_block(count: int) -> int:
    """A base port with `count` consecutive free TCP ports (vpcd listens on one port per slot)."""
    for _ in range(200):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            base = s.getsockname()[1]
        if base + count > 65535:
            continue
        try:
            for p in range(base, base + count):
                with socket.socket() as s:
                    s.bind(("0.0.0.0", p))
            return base
        except OSError:
            continue
    raise RuntimeError("no free block of ports")


def stop_process(proc: subprocess.Popen, timeout: float = 10):
    """SIGTERM, then SIGKILL after `timeout`; returns the exit status."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode


class PrivatePcscd:
    def __init__(self, workdir: str = None):
        self.pcscd = shutil.which("pcscd") or "/usr/sbin/pcscd"
        self.unshare = shutil.which("unshare")
        if not os.path.exists(self.pcscd) or not os.path.exists(VPCD_DRIVER):
            raise RigUnavailable("pcscd or the vpcd driver is not installed (apt-get install pcscd vsmartcard-vpcd)")
        if os.geteuid() != 0 or not self.unshare:
            raise RigUnavailable("a private pcscd needs root and unshare (util-linux)")
        self.own_dir = workdir is None
        self.dir = workdir or tempfile.mkdtemp(prefix="pboc-card-rig-")
        self.run_dir = os.path.join(self.dir, "run")
        self.socket = os.path.join(self.run_dir, "pcscd.comm")
        self.log_path = os.path.join(self.dir, "pcscd.log")
        self.port = None
        self.proc = None

    def start(self, timeout: float = 15):
        os.makedirs(self.run_dir, exist_ok=True)
        conf_dir = os.path.join(self.dir, "reader.conf.d")
        os.makedirs(conf_dir, exist_ok=True)
        self.port = free_port_block(VPCD_SLOTS)
        with open(os.path.join(conf_dir, "vpcd"), "w") as f:
            f.write('FRIENDLYNAME "%s"\nDEVICENAME /dev/null:%d\nLIBPATH %s\nCHANNELID %d\n'
                    % (READER_NAME, self.port, VPCD_DRIVER, self.port))
        os.makedirs("/run/pcscd", exist_ok=True)  # the mount point; pcscd itself never writes there
        script = 'mount --bind "$1" /run/pcscd && shift && exec "$@"'
        log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [self.unshare, "-m", "--propagation", "private", "sh", "-c", script, "sh", self.run_dir,
             self.pcscd, "-f", "-c", conf_dir],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while not os.path.exists(self.socket):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("pcscd did not start; see %s" % self.log_path)
            time.sleep(0.05)
        return self

    def env(self) -> dict:
        return dict(os.environ, PCSCLITE_CSOCK_NAME=self.socket)

    @property
    def reader(self) -> str:
        """PC/SC name of the slot the cards go into."""
        return "%s 00 00" % READER_NAME

    def insert(self, profile: str, log: str = None, cards: str = None) -> subprocess.Popen:
        """Starts pboc_card.py for this profile on slot 0; stop it (stop_process) to remove the card."""
        python = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
        cmd = [python, os.path.join(HERE, "pboc_card.py"),
               "--port", str(self.port), "--profile", profile]
        if log:
            cmd += ["--log", log]
        if cards:
            cmd += ["--cards", cards]
        return subprocess.Popen(cmd, stdin=subprocess.DEVNULL)

    def stop(self):
        if self.proc is not None:
            stop_process(self.proc)

    def cleanup(self):
        if self.own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description="Private pcscd + vpcd with an emulated PBOC card")
    ap.add_argument("--profile", required=True)
    ap.add_argument("--card-log", help="the card's INS/SW log (default: its standard error)")
    args = ap.parse_args()
    try:
        rig = PrivatePcscd()
    except RigUnavailable as e:
        print(e, file=sys.stderr)
        return 77
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(1))
    rig.start()
    card = rig.insert(args.profile, args.card_log)
    print("PCSCLITE_CSOCK_NAME=%s" % rig.socket)
    print("READER=%s" % rig.reader)
    print("VPCD_PORT=%d" % rig.port, flush=True)
    try:
        while not stopping and card.poll() is None and rig.proc.poll() is None:
            time.sleep(0.2)
    finally:
        stop_process(card)
        rig.stop()
        rig.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
