/*
 * wordbreak.h — ICU's word segmentation, with a fast path for plain lines.
 *
 * What it guarantees: the segments wordbreak_next() returns are exactly those of ICU's
 * UBRK_WORD iterator (locale "ar", as the worker opens it) over the same text — the same
 * boundaries, and for each segment the class of its rule status: WB_NONE (status below
 * UBRK_WORD_NONE_LIMIT), WB_NUMBER (below UBRK_WORD_NUMBER_LIMIT), WB_WORD (letters,
 * kana, ideographs). ICU stays the reference; the fast path is an optimisation, never a
 * different answer.
 *
 * How: a line break (CR, LF, CR LF, and the other Word_Break=Newline characters) is
 * always a segment of its own (UAX #29 WB3, WB3a, WB3b), so each line can be segmented
 * on its own. A line made only of characters whose word-break behaviour is simple —
 * letters (Arabic, Latin, Greek, Cyrillic, Syriac, Thaana, N'Ko...), combining marks
 * and format characters (harakat, ZWNJ, ZWJ, bidi marks), digits of every kind listed,
 * the MidLetter / MidNum / MidNumLet / ExtendNumLet characters (. , ' ’ ، ٫ ٬ _ U+202F),
 * white space (WSegSpace, U+00A0) and other punctuation without emoji properties — is
 * segmented here by WB4-WB13b and WB999 as ICU implements them (ICU's tailorings
 * included: ':' is not MidLetter, '@' is a letter; its rule statuses, e.g. "a1" is a
 * number and "1a" a word, and a word that ends in ExtendNumLet then Extend has status
 * none). The class of each character comes from a table generated from ICU by
 * scripts/gen-wordbreak-table.c.
 *
 * When it falls back: a line with any other unit — Hebrew letters (the Double_Quote and
 * Single_Quote rules), Katakana, Han, Hiragana, Hangul, Thai and the other dictionary
 * scripts, regional indicators, emoji and other Extended_Pictographic characters (the
 * ZWJ rule), surrogates (paired or lone), unassigned code points, any block not in the
 * table — is handed to ICU as a whole: ubrk_setText() on the line alone, its offsets
 * shifted back. Compiled with -DQAWL_WORDBREAK_ICU_ONLY, the whole text goes to ICU
 * (to measure what the fast path saves).
 *
 * tests/unit/test_wordbreak.c compares every boundary and status class with ICU over
 * the test cases, the shared corpus, every character of the table in context, all short
 * strings over one character per class and many random strings; fuzz/fuzz_wordbreak.c
 * does the same for whatever libFuzzer finds.
 */
#ifndef QAWL_WORDBREAK_H
#define QAWL_WORDBREAK_H

#include <stdint.h>
#include <unicode/ubrk.h>

enum wb_kind { WB_NONE = 0, WB_NUMBER, WB_WORD };

/* One segment: the UTF-16 units [start, end) of the text. */
struct wb_segment {
    int32_t start, end;
    enum wb_kind kind;
};

/* The iterator: on the caller's stack, no allocation. The text and the ICU iterator are
 * borrowed and must outlive it; the ICU iterator's text is replaced. */
struct wordbreak {
    const UChar *u;
    int32_t len;
    UBreakIterator *bi;
    int32_t pos;        /* where the next segment starts */
    int32_t line_end;   /* end of the current line: a line-break unit, or len */
    int32_t icu_base;   /* -1: this line is segmented here; else ICU has u[icu_base, line_end) */
    int32_t icu_units;  /* units handed to ICU so far (tests and the bench read it) */
};

/* 1 when the fast path's table was generated from the Unicode version of the linked
 * ICU; with another (a distribution upgrade) every line goes to ICU until the table is
 * regenerated (scripts/gen-wordbreak-table.c). */
int wordbreak_fast_path_usable(void);

/* Starts segmenting u[0..len). 0, or -1 when ICU fails. */
int wordbreak_start(struct wordbreak *wb, const UChar *u, int32_t len, UBreakIterator *bi);

/* The next segments, in text order, into segs[0..cap): how many (cap unless the text
 * ends first; 0 at its end), or -1 when ICU fails. Many at a time, so that a word costs
 * no call. */
int wordbreak_next(struct wordbreak *wb, struct wb_segment *segs, int cap);

#endif
