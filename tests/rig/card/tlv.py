"""BER-TLV as EMV uses it (EMV Book 3 Annex B): tags of one to three bytes, definite lengths up to 65535.

Tags are ints (0x9F36), values bytes. Parsing is strict: a truncated object, an indefinite length or a
length that runs past the data raises TlvError. Padding bytes 00 between objects are skipped, as EMV allows.
"""


class TlvError(ValueError):
    pass


def tag_bytes(tag: int) -> bytes:
    if tag < 0:
        raise TlvError("negative tag")
    n = max(1, (tag.bit_length() + 7) // 8)
    return tag.to_bytes(n, "big")


def is_constructed(tag: int) -> bool:
    return bool(tag_bytes(tag)[0] & 0x20)


def encode_length(n: int) -> bytes:
    if n < 0:
        raise TlvError("negative length")
    if n < 0x80:
        return bytes([n])
    if n <= 0xFF:
        return bytes([0x81, n])
    if n <= 0xFFFF:
        return bytes([0x82, n >> 8, n & 0xFF])
    raise TlvError("length too long for EMV")


def tlv(tag: int, value: bytes) -> bytes:
    return tag_bytes(tag) + encode_length(len(value)) + bytes(value)


def constructed(tag: int, *children: bytes) -> bytes:
    return tlv(tag, b"".join(children))


def read_tag(data: bytes, pos: int):
    """Returns (tag, position after the tag)."""
    if pos >= len(data):
        raise TlvError("missing tag")
    first = data[pos]
    pos += 1
    tag = first
    if first & 0x1F == 0x1F:
        while True:
            if pos >= len(data):
                raise TlvError("truncated tag")
            b = data[pos]
            pos += 1
            tag = (tag << 8) | b
            if not b & 0x80:
                break
            if tag > 0xFFFFFF:
                raise TlvError("tag longer than three bytes")
    return tag, pos


def read_length(data: bytes, pos: int):
    if pos >= len(data):
        raise TlvError("missing length")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0:
        raise TlvError("indefinite length")
    if count > 2:
        raise TlvError("length field too long")
    if pos + count > len(data):
        raise TlvError("truncated length")
    return int.from_bytes(data[pos : pos + count], "big"), pos + count


def parse(data: bytes):
    """One level: list of (tag, value). Constructed values are left encoded; see parse_tree."""
    data = bytes(data)
    out = []
    pos = 0
    while pos < len(data):
        if data[pos] == 0x00:
            pos += 1
            continue
        tag, pos = read_tag(data, pos)
        length, pos = read_length(data, pos)
        if pos + length > len(data):
            raise TlvError("value of tag %X runs past the data" % tag)
        out.append((tag, data[pos : pos + length]))
        pos += length
    return out


def parse_tree(data: bytes):
    """Nested: list of (tag, value) where a constructed tag's value is itself a list."""
    out = []
    for tag, value in parse(data):
        out.append((tag, parse_tree(value) if is_constructed(tag) else value))
    return out


def find(data: bytes, tag: int):
    """First value of tag anywhere in data (searching inside constructed objects), or None."""
    for t, v in parse(data):
        if t == tag:
            return v
        if is_constructed(t):
            found = find(v, tag)
            if found is not None:
                return found
    return None


def find_all(data: bytes):
    """Flat dict of every primitive tag in data (constructed objects opened); the first occurrence wins."""
    out = {}
    for t, v in parse(data):
        if is_constructed(t):
            for k, val in find_all(v).items():
                out.setdefault(k, val)
        else:
            out.setdefault(t, v)
    return out


def parse_dol(dol: bytes):
    """A data object list (PDOL, CDOL, DDOL): list of (tag, length)."""
    dol = bytes(dol)
    out = []
    pos = 0
    while pos < len(dol):
        tag, pos = read_tag(dol, pos)
        length, pos = read_length(dol, pos)
        out.append((tag, length))
    return out


def dol_length(dol: bytes) -> int:
    return sum(length for _, length in parse_dol(dol))


def split_dol_data(dol: bytes, data: bytes):
    """Cuts DOL-built data into a dict tag -> value; raises TlvError when the length does not match."""
    items = parse_dol(dol)
    if sum(length for _, length in items) != len(data):
        raise TlvError("DOL data length mismatch")
    out = {}
    pos = 0
    for tag, length in items:
        out[tag] = bytes(data[pos : pos + length])
        pos += length
    return out


def build_dol_data(dol: bytes, values: dict) -> bytes:
    """Concatenates values for a DOL the way a terminal does; a tag that is not given is zero-filled, a value of
    the wrong length raises TlvError (the caller formats numbers to their DOL length)."""
    out = b""
    for tag, length in parse_dol(dol):
        if tag not in values:
            out += bytes(length)
            continue
        v = bytes(values[tag])
        if len(v) != length:
            raise TlvError("value of tag %X has %d bytes, the DOL asks for %d" % (tag, len(v), length))
        out += v
    return out
