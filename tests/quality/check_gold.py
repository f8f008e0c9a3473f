#!/usr/bin/env python3
"""Sanity checks for gold files (tests/cases/*.gold.json); standard library only.

Errors (exit status 1):
  * a quote "content" that is not an exact substring of the text, or that has blank ends;
  * a content that occurs more than once in the text, unless its note says "first occurrence"
    (the scorer anchors every gold quote at the first occurrence);
  * an indirect content that still starts with the complementiser (أن, إن, أنه, بأن ...);
  * a direct content that keeps its own quotation marks at both ends;
  * an unknown quote or entity type, a missing field;
  * an entity name or alias that does not occur in the text (a name in ال may occur only
    as لل...), or a name used by two entities.
Warnings: a cue, speaker or speaker alias not found in the text (speakers can be resolved
names), and a text outside 6-18 sentences.

Usage: check_gold.py [GOLD.json ...]     (default: every tests/cases/*.gold.json)
"""
import glob
import json
import os
import re
import sys

QUOTE_TYPES = {'direct', 'indirect', 'mixed'}
ENTITY_TYPES = {'PERSON', 'ORG', 'GPE', 'LOC'}
COMPLEMENTISERS = ('أن ', 'إن ', 'أنه ', 'أنها ', 'إنه ', 'إنها ', 'أنهم ', 'إنهم ', 'بأن ', 'بأنه ',
                   'بأنها ', 'that ')
MARKS = '"“”«»\''


def load(path):
    with open(path, encoding='utf-8') as f:
        gold = json.load(f)
    if 'text' in gold:
        return gold, gold['text']
    with open(os.path.join(os.path.dirname(path), gold['text_file']), encoding='utf-8') as f:
        return gold, f.read()


def occurs(name, text):
    """A name occurs as written, or (for ال names) only after the clitic لـ: للأمم المتحدة."""
    return name in text or (name.startswith('ال') and ('لل' + name[2:]) in text)


def sentence_count(text):
    n = 0
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        parts = [p for p in re.split(r'(?<=[.!?؟])\s+|(?<=[.!?؟])(?=[^\s\d.])', line) if p.strip()]
        n += max(1, len(parts))
    return n


def check(path):
    errors, warnings = [], []
    gold, text = load(path)
    for key in ('id', 'lang', 'quotes'):
        if key not in gold:
            errors.append('missing field %r' % key)
    for i, qt in enumerate(gold.get('quotes', [])):
        where = 'quote %d (%s)' % (i, qt.get('cue', '?'))
        for key in ('speaker', 'speaker_aliases', 'cue', 'type', 'content'):
            if key not in qt:
                errors.append('%s: missing %r' % (where, key))
        c = qt.get('content', '')
        if qt.get('type') not in QUOTE_TYPES:
            errors.append('%s: bad type %r' % (where, qt.get('type')))
        if not c or c != c.strip():
            errors.append('%s: empty content or blank at its ends' % where)
        count = text.count(c) if c else 0
        if count == 0:
            errors.append('%s: content not in text: %s' % (where, c[:60]))
        elif count > 1 and 'first occurrence' not in qt.get('note', ''):
            errors.append('%s: content occurs %d times; say "first occurrence" in the note' % (where, count))
        if qt.get('type') == 'indirect' and c.startswith(COMPLEMENTISERS):
            errors.append('%s: indirect content starts with the complementiser' % where)
        if qt.get('type') == 'direct' and len(c) > 1 and c[0] in MARKS and c[-1] in MARKS:
            errors.append('%s: direct content keeps its quotation marks' % where)
        if qt.get('cue') and qt['cue'] not in text:
            warnings.append('%s: cue not in text' % where)
        for name in [qt.get('speaker', '')] + list(qt.get('speaker_aliases', [])):
            if name and not occurs(name, text):
                warnings.append('%s: speaker name not in text: %s' % (where, name))
    seen = {}
    for ent in gold.get('entities', []):
        if ent.get('type') not in ENTITY_TYPES:
            errors.append('entity %s: bad type %r' % (ent.get('name'), ent.get('type')))
        for name in [ent.get('name', '')] + list(ent.get('aliases', [])):
            if not name or not occurs(name, text):
                errors.append('entity %s: %r not in text' % (ent.get('name'), name))
            if name in seen and seen[name] is not ent:
                errors.append('entity name %r used by two entities' % name)
            seen[name] = ent
    n = sentence_count(text)
    if not 6 <= n <= 18:
        warnings.append('%d sentences (expected 6-18)' % n)
    return errors, warnings, n


def main(argv):
    paths = argv or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  '..', 'cases', '*.gold.json')))
    bad = 0
    for path in paths:
        errors, warnings, n = check(path)
        gold, _ = load(path)
        print('%-34s %2d sentences %3d quotes %3d entities%s' % (
            os.path.basename(path), n, len(gold.get('quotes', [])), len(gold.get('entities', [])),
            '  %d ERRORS' % len(errors) if errors else ''))
        for msg in errors:
            print('  error: ' + msg)
        for msg in warnings:
            print('  warning: ' + msg)
        bad += bool(errors)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
