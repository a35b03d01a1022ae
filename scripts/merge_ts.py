"""A git merge driver for Qt translation sources: keeps every message of both sides.

    git config merge.qt-ts.driver "python3 scripts/merge_ts.py %O %A %B"
    (with ``resources/i18n/*.ts merge=qt-ts`` in .gitattributes)

Two branches that each add strings would otherwise conflict inside the XML. Messages are keyed
by (context, source, comment); where both sides have one, a finished translation wins over an
unfinished one; where only their side changed the translation since the common ancestor,
theirs; else ours. The result is written to %A; run scripts/i18n.py afterwards to sort
and compile it.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

Key = tuple[str, str, str]


def _messages(path: str) -> tuple[ET.ElementTree[ET.Element], dict[str, dict[Key, ET.Element]]]:
    tree = ET.parse(path)
    found: dict[str, dict[Key, ET.Element]] = {}
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        into = found.setdefault(name, {})
        for message in context.findall("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            into[key] = message
    return tree, found


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") != "unfinished"


def _text(message: ET.Element | None) -> str:
    translation = None if message is None else message.find("translation")
    if translation is None:
        return ""
    return ET.tostring(translation, encoding="unicode")


def merge(base_path: str, ours_path: str, theirs_path: str) -> None:
    tree, ours = _messages(ours_path)
    _, theirs = _messages(theirs_path)
    try:
        _, base = _messages(base_path)
    except (OSError, ET.ParseError):
        base = {}
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    for name, messages in theirs.items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        mine = ours.get(name, {})
        for key, message in messages.items():
            present = mine.get(key)
            if present is None:
                context.append(message)
            elif (not _finished(present) and _finished(message)) or (
                    _finished(message) and _text(present) == _text(base.get(name, {}).get(key))
                    and _text(message) != _text(present)):
                context.remove(present)
                context.append(message)
    ET.indent(tree, space="    ")
    with open(ours_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


if __name__ == "__main__":
    merge(sys.argv[1], sys.argv[2], sys.argv[3])
