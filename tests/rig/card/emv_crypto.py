"""Symmetric and RSA primitives shared by the emulated card and the issuer-side reference.

All DES is from Cryptodome (OpenSSL-compatible results). Keys are double-length 3DES (16 bytes).
References: ISO/IEC 9797-1 (MAC algorithm 3, padding method 2), EMV 4.3 Book 2 Annex A1.3 (common session
key derivation), A1.4.1 (ICC master key derivation, option A), 8.2.1 (ARPC method 1), 9.2.3 (script MAC).
"""

import hashlib

from Cryptodome.Cipher import DES, DES3


def xor(a: bytes, b: bytes) -> bytes:
    if len(a) != len(b):
        raise ValueError("xor of unequal lengths")
    return bytes(x ^ y for x, y in zip(a, b))


def odd_parity(key: bytes) -> bytes:
    out = bytearray()
    for b in key:
        b &= 0xFE
        if bin(b).count("1") % 2 == 0:
            b |= 1
        out.append(b)
    return bytes(out)


def des_encrypt(key8: bytes, block: bytes) -> bytes:
    return DES.new(bytes(key8), DES.MODE_ECB).encrypt(bytes(block))


def des_decrypt(key8: bytes, block: bytes) -> bytes:
    return DES.new(bytes(key8), DES.MODE_ECB).decrypt(bytes(block))


def tdes_encrypt(key16: bytes, data: bytes) -> bytes:
    """3DES-EDE ECB with a double-length key K1||K2 (K3 = K1)."""
    key16 = bytes(key16)
    if len(key16) != 16:
        raise ValueError("double-length key expected")
    if key16[:8] == key16[8:]:
        # Cryptodome refuses a degenerate 3DES key; EDE with K1 = K2 is single DES.
        return b"".join(des_encrypt(key16[:8], data[i : i + 8]) for i in range(0, len(data), 8))
    return DES3.new(key16, DES3.MODE_ECB).encrypt(bytes(data))


def tdes_decrypt(key16: bytes, data: bytes) -> bytes:
    key16 = bytes(key16)
    if key16[:8] == key16[8:]:
        return b"".join(des_decrypt(key16[:8], data[i : i + 8]) for i in range(0, len(data), 8))
    return DES3.new(key16, DES3.MODE_ECB).decrypt(bytes(data))


def key_check_value(key16: bytes, n: int = 3) -> bytes:
    return tdes_encrypt(key16, bytes(8))[:n]


def pad_method2(data: bytes) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 80, then 00 up to a multiple of 8 (always at least the 80)."""
    data = bytes(data) + b"\x80"
    return data + bytes((-len(data)) % 8)


def pad_method1(data: bytes) -> bytes:
    data = bytes(data)
    if not data:
        return bytes(8)
    return data + bytes((-len(data)) % 8)


def retail_mac(key16: bytes, data: bytes, padding: int = 2) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 with DES: CBC with K_L over every block, then the last result decrypted
    with K_R and encrypted with K_L. Returns all 8 bytes."""
    key16 = bytes(key16)
    kl, kr = key16[:8], key16[8:]
    padded = pad_method2(data) if padding == 2 else pad_method1(data)
    h = bytes(8)
    for i in range(0, len(padded), 8):
        h = des_encrypt(kl, xor(h, padded[i : i + 8]))
    return des_encrypt(kl, des_decrypt(kr, h))


def pan_psn_block(pan: str, psn: str) -> bytes:
    """Y for option A: the rightmost 16 digits of PAN || PSN (left-padded with zeros when shorter), as BCD."""
    digits = "".join(ch for ch in pan if ch.isdigit()) + (psn or "00")
    digits = digits[-16:].rjust(16, "0")
    return bytes.fromhex(digits)


def derive_udk(imk: bytes, pan: str, psn: str) -> bytes:
    """ICC master key (UDK), EMV option A."""
    y = pan_psn_block(pan, psn)
    left = tdes_encrypt(imk, y)
    right = tdes_encrypt(imk, xor(y, b"\xff" * 8))
    return odd_parity(left + right)


def derive_session_key(udk: bytes, atc: bytes) -> bytes:
    """EMV common session key derivation (CSK) on the ATC."""
    atc = bytes(atc)
    if len(atc) != 2:
        raise ValueError("ATC is two bytes")
    left = tdes_encrypt(udk, atc + b"\xf0" + bytes(5))
    right = tdes_encrypt(udk, atc + b"\x0f" + bytes(5))
    return left + right


def arpc_method1(session_key: bytes, arqc: bytes, arc: bytes) -> bytes:
    return tdes_encrypt(session_key, xor(bytes(arqc), bytes(arc) + bytes(6)))


# --- RSA (EMV uses raw RSA: recovery is sig^e mod n, signing m^d mod n) ---


def rsa_apply(value: bytes, exponent: int, modulus: int, size: int) -> bytes:
    x = int.from_bytes(bytes(value), "big")
    if x >= modulus:
        raise ValueError("RSA input not below the modulus")
    return pow(x, exponent, modulus).to_bytes(size, "big")


def sha1(data: bytes) -> bytes:
    return hashlib.sha1(bytes(data)).digest()
