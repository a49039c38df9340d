"""Builders for test inputs the corpus report reads: a text PDF and an Outlook .msg.

Both are written here from scratch, byte by byte, so the tests ship no third-party
files. The .msg is a minimal OLE compound file (CFB version 3, as Outlook writes)
with the message class, subject and plain-text body as UTF-16 property streams.
"""

from __future__ import annotations

import struct

END, FREE, FAT_SECTOR, NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text pypdf can extract (Helvetica, WinAnsi: Dutch accents work)."""
    def escape(line: str) -> bytes:
        raw = line.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"BT /F1 11 Tf 50 800 Td 14 TL " + b"".join(b"(" + escape(line) + b") Tj T* " for line in lines) + b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def outlook_msg(subject: str, body: str) -> bytes:
    """A minimal Outlook .msg: IPM.Note with a subject and a plain-text body."""
    properties = struct.pack("<8xIIII8x", 0, 0, 0, 0)  # top-level property stream header, no fixed properties
    streams = {
        "__properties_version1.0": properties,
        "__substg1.0_001A001F": "IPM.Note".encode("utf-16-le"),
        "__substg1.0_0037001F": subject.encode("utf-16-le"),
        "__substg1.0_1000001F": body.encode("utf-16-le"),
    }
    return _compound_file(streams, storages={"__nameid_version1.0": {
        "__substg1.0_00020102": b"", "__substg1.0_00030102": b"", "__substg1.0_00040102": b"",
    }})


def _compound_file(streams: dict[str, bytes], storages: dict[str, dict[str, bytes]]) -> bytes:
    sectors: list[bytes] = []
    fat: list[int] = []

    def allocate(data: bytes) -> int:
        if not data:
            return END
        start = len(sectors)
        chunks = [data[index:index + 512].ljust(512, b"\0") for index in range(0, len(data), 512)]
        for position, chunk in enumerate(chunks):
            sectors.append(chunk)
            fat.append(start + position + 1 if position + 1 < len(chunks) else END)
        return start

    mini = bytearray()
    minifat: list[int] = []
    entries: list[dict] = [{"name": "Root Entry", "type": 5}]

    def add_stream(name: str, data: bytes) -> int:
        entry = {"name": name, "type": 2, "size": len(data)}
        if len(data) >= 4096:
            entry["start"] = allocate(data)
        elif data:
            first = len(mini) // 64
            count = (len(data) + 63) // 64
            mini.extend(data.ljust(count * 64, b"\0"))
            minifat.extend(first + index + 1 if index + 1 < count else END for index in range(count))
            entry["start"] = first
        else:
            entry["start"] = END
        entries.append(entry)
        return len(entries) - 1

    root_children = [add_stream(name, data) for name, data in streams.items()]
    for storage, members in storages.items():
        entries.append({"name": storage, "type": 1})
        index = len(entries) - 1
        entries[index]["child"] = _tree(entries, [add_stream(name, data) for name, data in members.items()])
        root_children.append(index)
    entries[0]["child"] = _tree(entries, root_children)
    entries[0]["start"] = allocate(bytes(mini)) if mini else END
    entries[0]["size"] = len(mini)
    minifat_bytes = b"".join(struct.pack("<I", value) for value in minifat)
    minifat_bytes = minifat_bytes.ljust(-(-len(minifat_bytes) // 512) * 512, b"\xff")
    minifat_start = allocate(minifat_bytes) if minifat else END
    while len(entries) % 4:
        entries.append({"name": "", "type": 0})
    directory_start = allocate(b"".join(_entry(entry) for entry in entries))
    fat_count = 1
    while len(sectors) + fat_count > fat_count * 128:
        fat_count += 1
    fat_positions = list(range(len(sectors), len(sectors) + fat_count))
    fat.extend([FAT_SECTOR] * fat_count)
    fat.extend([FREE] * (fat_count * 128 - len(fat)))
    fat_bytes = b"".join(struct.pack("<I", value) for value in fat)
    difat = fat_positions + [FREE] * (109 - fat_count)
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16
        + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, fat_count, directory_start, 0, 4096,
                      minifat_start, len(minifat_bytes) // 512 if minifat else 0, END, 0)
        + b"".join(struct.pack("<I", value) for value in difat)
    )
    return header + b"".join(sectors) + fat_bytes


def _tree(entries: list[dict], children: list[int]) -> int:
    """A balanced binary tree of the children in CFB order (shorter names first, then case-insensitive)."""
    ordered = sorted(children, key=lambda index: (len(entries[index]["name"]), entries[index]["name"].upper()))

    def build(part: list[int]) -> int:
        if not part:
            return NONE
        middle = len(part) // 2
        entries[part[middle]]["left"] = build(part[:middle])
        entries[part[middle]]["right"] = build(part[middle + 1:])
        return part[middle]

    return build(ordered)


def _entry(entry: dict) -> bytes:
    name = entry["name"].encode("utf-16-le") + b"\0\0" if entry["name"] else b""
    return (
        name.ljust(64, b"\0")
        + struct.pack("<HBB", len(name), entry["type"], 1)
        + struct.pack("<III", entry.get("left", NONE), entry.get("right", NONE), entry.get("child", NONE))
        + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
        + struct.pack("<IQ", entry.get("start", END) if entry["type"] else 0, entry.get("size", 0))
    )
