#!/usr/bin/env python3
"""Pathological but valid articles: the inputs that would expose a quadratic scan, an
unbounded recursion or a blow-up in memory anywhere in the pipeline.

Each family is a function size -> str that returns a valid UTF-8 text of about `size`
bytes (never more). Used by tests/integration/test_hostile.py (is each answered
correctly?) and tests/growth.py (does time grow linearly with size?).

    tests/pathological.py --list
    tests/pathological.py FAMILY SIZE > article.txt
"""
import sys

AR_WORDS = ["الرئيس", "الحكومة", "الوزير", "المفاوضات", "الأسبوع", "المقبل", "العاصمة", "الاقتصاد"]
AR_NAME = "جو بايدن"


def fill(unit, size, sep=""):
    """`unit` repeated (joined by sep) up to `size` UTF-8 bytes."""
    piece = (unit + sep).encode()
    n = max(1, size // len(piece))
    out = (piece * n).decode()
    return out[:-len(sep)] if sep and out.endswith(sep) else out


def fit(text, size):
    """text cut to at most `size` bytes on a character boundary."""
    b = text.encode()[:size]
    return b.decode("utf-8", "ignore")


def no_spaces_arabic(size):
    """One giant word of Arabic letters: no space, no punctuation."""
    return fill("قالالرئيسإنالحكومة", size)


def no_spaces_latin(size):
    return fill("saidthepresidentthat", size)


def unbalanced_quotes(size):
    """Thousands of opening quotation marks of every kind that never close."""
    return fill('قال " الرئيس « إن “ الحرب ‘ said "', size, " ")


def nested_quotes(size):
    """Quotations nested as deep as the text is long: « “ « “ ... ” » ” »."""
    depth = max(1, size // 24)
    opening = "قال «الرئيس “" * depth
    closing = "” انتهى»" * depth
    return fit(opening + closing, size)


def verb_every_word(size):
    """A reporting verb on every word, in both languages, with complementisers."""
    return fill("قال وأضاف إن وأكد أن said told says added that", size, " ")


def colon_cues(size):
    """A cue and a colon before every word: every position could open a quotation."""
    return fill("قال: وأضاف: said:", size, " ")


def repeated_names(size):
    """The same people over and over: entity mentions and coreference at scale."""
    return fill("قال %s إن %s سيلتقي الرئيس %s. وأضاف الرئيس أن John Smith said Smith agreed." %
                (AR_NAME, AR_NAME, AR_NAME), size, " ")


def many_sentences(size):
    """Thousands of tiny sentences."""
    return fill("قال. نعم! لا؟ Yes.", size, " ")


def one_sentence(size):
    """Hundreds of KB in a single sentence: words and commas, never a full stop."""
    words = AR_WORDS + ["و", "،", "في", "من"]
    out, total = [], 0
    i = 0
    while True:
        w = words[i % len(words)]
        n = len(w.encode()) + 1
        if total + n > size:
            break
        out.append(w)
        total += n
        i += 1
    return " ".join(out) or "قال"


def many_lines(size):
    """Every word on its own line: paragraphs and headlines everywhere."""
    return fill("قال الرئيس", size, "\n")


def marks_and_diacritics(size):
    """Words buried in diacritics, tatweel, zero-width and bidi marks (they fold to nothing)."""
    return fill("ق\u064e\u0651ا\u0640\u0640ل\u200f\u200b ال\u064fر\u0650ئ\u200dيس\u202b إن\u202c", size, " ")


def astral(size):
    """Characters outside the BMP everywhere: surrogate pairs in every offset."""
    return fill("قال 😀 𝐀𝐁 الرئيس 🚀 إن \"𝐙\".", size, " ")


FAMILIES = {
    "no_spaces_arabic": no_spaces_arabic,
    "no_spaces_latin": no_spaces_latin,
    "unbalanced_quotes": unbalanced_quotes,
    "nested_quotes": nested_quotes,
    "verb_every_word": verb_every_word,
    "colon_cues": colon_cues,
    "repeated_names": repeated_names,
    "many_sentences": many_sentences,
    "one_sentence": one_sentence,
    "many_lines": many_lines,
    "marks_and_diacritics": marks_and_diacritics,
    "astral": astral,
}


def generate(family, size):
    text = FAMILIES[family](size)
    assert len(text.encode()) <= size or size < 64, (family, size)
    return text


def main(argv):
    if len(argv) == 2 and argv[1] == "--list":
        print("\n".join(FAMILIES))
        return 0
    if len(argv) != 3 or argv[1] not in FAMILIES:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    sys.stdout.buffer.write(generate(argv[1], int(argv[2])).encode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
