/*
 * text.h — the submitted text, its UTF-16 form and its matching form.
 *
 * The pipeline works in UTF-16 code units (ICU's native unit): one conversion per
 * request, and every span in the document is a half-open [start, end) of UTF-16
 * indices. Offsets are converted once, at output, to the unit the caller asked for.
 *
 * The matching form ("fold") has exactly one unit per UTF-16 unit, so normalising for
 * lexicon lookups never moves an offset: Arabic letter variants are unified, diacritics,
 * tatweel and invisible format marks fold to 0 ("skip"), Latin letters are lower-cased.
 */
#ifndef QAWL_TEXT_H
#define QAWL_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>

struct arena;

enum offset_unit { OFFSET_CODEPOINT = 0, OFFSET_UTF16, OFFSET_UTF8 };

/* "codepoint", "utf16", "utf8". */
const char *offset_unit_name(enum offset_unit unit);
/* 0 and *unit set when `name` is one of the names above, -1 otherwise. */
int offset_unit_parse(const char *name, enum offset_unit *unit);

/* Class bits of one UTF-16 unit (struct text.cls). text_init computes them once, in
 * the pass that decodes, so later stages test a bit instead of classifying the same
 * character again in each stage. Both units of a surrogate pair have no bits. */
enum {
    TEXT_ARABIC = 1 << 0,      /* text_is_arabic_letter() */
    TEXT_LATIN = 1 << 1,       /* ASCII letter A-Z a-z */
    TEXT_UPPER = 1 << 2,       /* ASCII capital A-Z (also TEXT_LATIN) */
    TEXT_SPACE = 1 << 3,       /* text_is_space() (also TEXT_INVISIBLE) */
    TEXT_INVISIBLE = 1 << 4,   /* a space, or the fold is 0 (ignorable) */
    TEXT_STOP = 1 << 5,        /* . ! ? U+061F U+06D4: full stop, question or exclamation */
    TEXT_LINE_BREAK = 1 << 6,  /* \n \r U+2029 (each also a TEXT_SPACE) */
    TEXT_SENTENCE_END = 1 << 7, /* ICU's sentence rules may break after it: Sentence_Break
                                 * STerm, ATerm, CR, LF or Sep (UAX #29 SB4, SB11) */
};

struct text {
    const char *utf8;     /* borrowed from the caller: must outlive the struct */
    size_t utf8_len;
    UChar *u16;           /* arena; u16[len] == 0 */
    int32_t len;          /* UTF-16 units */
    UChar *fold;          /* arena; matching form, one unit per u16 unit, 0 = ignorable */
    uint8_t *cls;         /* arena; TEXT_* bits of each u16 unit, cls[len] == TEXT_INVISIBLE */
    int32_t *u8_at;       /* arena; len + 1 entries: UTF-8 byte offset of each u16 index */
    int32_t *cp_at;       /* arena; len + 1 entries: code point index of each u16 index, or
                           * NULL when every character is in the BMP (the index is then the
                           * u16 index); read it through text_offset() */
    int32_t n_codepoints;
};

enum text_status { TEXT_OK = 0, TEXT_INVALID_UTF8 = -1, TEXT_NO_MEMORY = -2, TEXT_TOO_LONG = -3 };

struct text_error {
    size_t byte_offset;   /* where the invalid sequence starts */
    const char *reason;   /* static string, e.g. "overlong encoding" */
};

/* Validates `utf8` (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF)
 * and fills `t`, allocating from `a`. A leading BOM is kept as text (it is part of what
 * was sent; it folds to 0). Returns TEXT_OK or a negative status; on TEXT_INVALID_UTF8
 * `err` says where and why. */
int text_init(struct text *t, struct arena *a, const char *utf8, size_t len,
              struct text_error *err);

/* Only the validation of text_init: 0 when `utf8` is valid UTF-8, else -1 with `err`
 * set. For callers (the JSON body parser) that must say where invalid input starts. */
int text_validate_utf8(const char *utf8, size_t len, struct text_error *err);

/* Offset of UTF-16 index `i` (0 <= i <= len) in `unit`. */
int32_t text_offset(const struct text *t, int32_t i, enum offset_unit unit);

/* The matching form of one UTF-16 unit (0: ignorable). Shared with the lexicon loader
 * so that data files and articles fold identically. */
UChar text_fold_unit(UChar c);

/* Folds s[0..n) into out (capacity >= n), dropping ignorables; returns the length. */
int32_t text_fold_string(const UChar *s, int32_t n, UChar *out);

/* Character classes used by every stage. */
int text_is_arabic_letter(UChar c);
int text_is_space(UChar c);

/* The TEXT_* bits of one unit outside a surrogate pair, as text_init stores in cls[]. */
uint8_t text_class_unit(UChar c);

#endif
