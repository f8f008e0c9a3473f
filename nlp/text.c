/*
 * text.c — UTF-8 validation and decoding, offset tables, the matching fold, the class
 * bits.
 *
 * Decoding is hand-written rather than u_strFromUTF8 because one pass has to do what
 * ICU does not do together: report the byte where invalid input starts and why, and
 * record for each UTF-16 unit its UTF-8 offset, its fold and its class. Code point
 * offsets need a table only when a character lies outside the BMP, which is rare.
 */
#include "nlp/text.h"

#include "nlp/arena.h"

#include <string.h>
#include <unicode/uchar.h>

static const char *const unit_names[] = {"codepoint", "utf16", "utf8"};

const char *offset_unit_name(enum offset_unit unit)
{
    return unit_names[unit];
}

int offset_unit_parse(const char *name, enum offset_unit *unit)
{
    for (int i = 0; i < 3; i++) {
        if (strcmp(name, unit_names[i]) == 0) {
            *unit = (enum offset_unit)i;
            return 0;
        }
    }
    return -1;
}

/* Decodes one scalar value at s[0..avail); returns its length or 0 on error. */
static int decode_one(const unsigned char *s, size_t avail, uint32_t *cp, const char **why)
{
    unsigned char b = s[0];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    int n;
    uint32_t min, v;
    if (b < 0xC0) {
        *why = "unexpected continuation byte";
        return 0;
    } else if (b < 0xE0) {
        n = 2, min = 0x80, v = b & 0x1F;
    } else if (b < 0xF0) {
        n = 3, min = 0x800, v = b & 0x0F;
    } else if (b < 0xF8) {
        n = 4, min = 0x10000, v = b & 0x07;
    } else {
        *why = "byte 0xF8-0xFF never appears in UTF-8";
        return 0;
    }
    for (int k = 1; k < n; k++) {
        if ((size_t)k >= avail) {
            *why = "truncated multi-byte sequence";
            return 0;
        }
        if ((s[k] & 0xC0) != 0x80) {
            *why = "truncated multi-byte sequence";
            return 0;
        }
        v = (v << 6) | (s[k] & 0x3F);
    }
    if (v < min) {
        *why = "overlong encoding";
        return 0;
    }
    if (v >= 0xD800 && v <= 0xDFFF) {
        *why = "UTF-16 surrogate code point";
        return 0;
    }
    if (v > 0x10FFFF) {
        *why = "code point above U+10FFFF";
        return 0;
    }
    *cp = v;
    return n;
}

/*
 * The character rules, as constant expressions so that one definition gives both the
 * functions below and the tables text_init reads for ASCII and the Arabic block (U+0600
 * to U+06FF), which hold nearly every character of an article.
 */
#define IS_SPACE(c)                                                                             \
    ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r' || (c) == 0x00A0 || (c) == 0x2028 || \
     (c) == 0x2029 || (c) == 0x3000 || ((c) >= 0x2000 && (c) <= 0x200A) || (c) == 0x202F ||       \
     (c) == 0x205F || (c) == 0x0B || (c) == 0x0C || (c) == 0x85)

#define IS_ARABIC_LETTER(c)                                                                      \
    (((c) >= 0x0621 && (c) <= 0x064A) || ((c) >= 0x0671 && (c) <= 0x06D3) || (c) == 0x06D5 ||    \
     ((c) >= 0x06FA && (c) <= 0x06FC) || (c) == 0x0640)

#define IS_STOP(c) ((c) == '.' || (c) == '!' || (c) == '?' || (c) == 0x061F || (c) == 0x06D4)

/* Sentence_Break STerm, ATerm, CR or LF in ASCII and the Arabic block (tests/unit/test_text.c
 * checks every BMP unit against ICU's property). */
#define IS_SENTENCE_END(c) (IS_STOP(c) || (c) == '\n' || (c) == '\r' || (c) == 0x061D || (c) == 0x061E)

#define IS_LINE_BREAK(c) ((c) == '\n' || (c) == '\r' || (c) == 0x2029)

/* ASCII: Latin capitals lower-cased; braces, which some papers set around names as
 * others set guillemets ("نواب لـ{الفرات نيوز}:"), match as « ». */
#define FOLD_ASCII(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c) == '{' ? 0x00AB : (c) == '}' ? 0x00BB : (c))

/* Harakat, Quranic marks and tatweel are ignorable. */
#define ARABIC_IGNORABLE(c)                                                                      \
    (((c) >= 0x064B && (c) <= 0x065F) || (c) == 0x0670 || ((c) >= 0x0610 && (c) <= 0x061A) ||    \
     ((c) >= 0x06D6 && (c) <= 0x06DC) || ((c) >= 0x06DF && (c) <= 0x06E8) ||                     \
     ((c) >= 0x06EA && (c) <= 0x06ED) || (c) == 0x0640)

/* U+0600-U+06FF: letter variants unified (alef forms -> bare alef; alef maqsura, Farsi
 * yeh, yeh with hamza -> yeh; waw with hamza -> waw; ta marbuta and heh goal -> heh;
 * keheh -> kaf), Arabic-Indic and Persian digits -> ASCII digits. */
#define FOLD_ARABIC(c)                                                                           \
    (ARABIC_IGNORABLE(c) ? 0                                                                     \
     : ((c) == 0x0622 || (c) == 0x0623 || (c) == 0x0625 || (c) == 0x0671 || (c) == 0x0672 ||     \
        (c) == 0x0673)                                                                           \
         ? 0x0627                                                                                \
     : ((c) == 0x0649 || (c) == 0x06CC || (c) == 0x0626) ? 0x064A                                \
     : (c) == 0x0624                                   ? 0x0648                                  \
     : (c) == 0x0629 || (c) == 0x06C1                  ? 0x0647                                  \
     : (c) == 0x06A9                                   ? 0x0643                                  \
     : ((c) >= 0x0660 && (c) <= 0x0669)                ? '0' + ((c) - 0x0660)                    \
     : ((c) >= 0x06F0 && (c) <= 0x06F9)                ? '0' + ((c) - 0x06F0)                    \
                                                       : (c))

/* The class bits of a unit whose fold is f (only the rules above; no ICU). */
#define CLASS_OF(c, f)                                                                           \
    ((IS_ARABIC_LETTER(c) ? TEXT_ARABIC : 0) |                                                   \
     (((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z' ? TEXT_LATIN : 0) |                             \
     ((c) >= 'A' && (c) <= 'Z' ? TEXT_UPPER : 0) | (IS_SPACE(c) ? TEXT_SPACE | TEXT_INVISIBLE : 0) | \
     ((f) == 0 ? TEXT_INVISIBLE : 0) | (IS_STOP(c) ? TEXT_STOP : 0) |                            \
     (IS_LINE_BREAK(c) ? TEXT_LINE_BREAK : 0) | (IS_SENTENCE_END(c) ? TEXT_SENTENCE_END : 0))

#define X4(m, b) m(b), m((b) + 1), m((b) + 2), m((b) + 3)
#define X16(m, b) X4(m, b), X4(m, (b) + 4), X4(m, (b) + 8), X4(m, (b) + 12)
#define X64(m, b) X16(m, b), X16(m, (b) + 16), X16(m, (b) + 32), X16(m, (b) + 48)
#define X128(m, b) X64(m, b), X64(m, (b) + 64)
#define X256(m, b) X128(m, b), X128(m, (b) + 128)

#define ASCII_FOLD_ENTRY(c) (UChar)FOLD_ASCII(c)
#define ASCII_CLASS_ENTRY(c) (uint8_t)CLASS_OF(c, FOLD_ASCII(c))
#define ARABIC_FOLD_ENTRY(c) (UChar)FOLD_ARABIC(c)
#define ARABIC_CLASS_ENTRY(c) (uint8_t)CLASS_OF(c, FOLD_ARABIC(c))

static const UChar ascii_fold[128] = {X128(ASCII_FOLD_ENTRY, 0)};
static const uint8_t ascii_class[128] = {X128(ASCII_CLASS_ENTRY, 0)};
static const UChar arabic_fold[256] = {X256(ARABIC_FOLD_ENTRY, 0x0600)};
static const uint8_t arabic_class[256] = {X256(ARABIC_CLASS_ENTRY, 0x0600)};

/* Outside ASCII and the Arabic block: invisible format marks, typographic apostrophes,
 * and ICU's lower case for the rest. A lone surrogate unit folds to itself. */
static UChar fold_other(UChar c)
{
    if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
        (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF ||
        c == 0x00AD)
        return 0; /* zero-width and bidi controls, BOM, soft hyphen */
    if (c == 0x2019 || c == 0x2018)
        return '\'';
    if (c >= 0xD800 && c <= 0xDFFF)
        return c;
    return (UChar)u_tolower(c);
}

/* TEXT_SENTENCE_END outside ASCII and the Arabic block, from ICU. The marks an Arabic
 * article holds there (Latin-1, dashes, quotation marks, zero-width and bidi marks) are
 * answered without the property lookup: none of them ends a sentence. */
static uint8_t other_sentence_end(UChar c)
{
    if ((c < 0x0589 && c != 0x0085) || (c >= 0x2000 && c < 0x2024))
        return 0;
    int sb = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
    return sb == U_SB_STERM || sb == U_SB_ATERM || sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_LF
               ? TEXT_SENTENCE_END
               : 0;
}

/* Fold and class of any unit outside a surrogate pair. */
static inline void unit_info(UChar c, UChar *fold, uint8_t *cls)
{
    if (c < 0x80) {
        *fold = ascii_fold[c];
        *cls = ascii_class[c];
    } else if ((unsigned)c - 0x0600u < 256u) {
        *fold = arabic_fold[c - 0x0600];
        *cls = arabic_class[c - 0x0600];
    } else {
        UChar f = fold_other(c);
        *fold = f;
        *cls = (uint8_t)(CLASS_OF(c, f) | other_sentence_end(c));
    }
}

static inline int is_continuation(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}

/* Decodes from s[i] on the characters that make up nearly all of an article, ASCII and
 * the Arabic block (lead bytes 0xD8-0xDB, whose offset in the block indexes the tables
 * directly), into t's arrays from unit *pu on. Returns where the run stops: at anything
 * else, which text_init decodes and checks in full, or at the last byte, so that the
 * byte after a lead is always there to read. */
static size_t decode_run(const unsigned char *s, size_t i, size_t len, const struct text *t, int32_t *pu)
{
    UChar *u16 = t->u16, *fold = t->fold;
    uint8_t *cls = t->cls;
    int32_t *u8_at = t->u8_at;
    int32_t u = *pu;
    while (i + 1 < len) {
        unsigned b = s[i];
        if (b < 0x80) {
            u16[u] = (UChar)b;
            fold[u] = ascii_fold[b];
            cls[u] = ascii_class[b];
            u8_at[u++] = (int32_t)i++;
            continue;
        }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* Two letters at a time while both are in the block, as inside a word: the
         * checks, the index arithmetic and the loop's own work are shared. */
        uint32_t x;
        while (i + 3 < len && (memcpy(&x, s + i, 4), (x & 0xC0FCC0FCu) == 0x80D880D8u)) {
            unsigned k0 = ((x & 3u) << 6) | ((x >> 8) & 0x3Fu), k1 = ((x >> 10) & 0xC0u) | ((x >> 24) & 0x3Fu);
            u16[u] = (UChar)(0x0600 + k0);
            u16[u + 1] = (UChar)(0x0600 + k1);
            fold[u] = arabic_fold[k0];
            fold[u + 1] = arabic_fold[k1];
            cls[u] = arabic_class[k0];
            cls[u + 1] = arabic_class[k1];
            u8_at[u] = (int32_t)i;
            u8_at[u + 1] = (int32_t)i + 2;
            u += 2;
            i += 4;
        }
        if (i + 1 >= len)
            break;
        b = s[i];
        if (b < 0x80)
            continue;
#endif
        /* lead 110110xx, continuation 10xxxxxx: the low 8 bits of U+0600-U+06FF */
        unsigned w = (b << 8) | s[i + 1];
        if ((w & 0xFCC0u) != 0xD880u)
            break;
        unsigned k = ((w >> 2) & 0xC0u) | (w & 0x3Fu);
        u16[u] = (UChar)(0x0600 + k);
        fold[u] = arabic_fold[k];
        cls[u] = arabic_class[k];
        u8_at[u++] = (int32_t)i;
        i += 2;
    }
    *pu = u;
    return i;
}

/* Code point index of each unit: the number of units before it that are not a lead
 * surrogate, so both units of a pair map to the start of their character. Only texts
 * with characters outside the BMP need it. */
static int32_t *codepoint_table(struct arena *a, const UChar *u16, int32_t len)
{
    int32_t *cp_at = arena_array_uninit(a, (size_t)len + 1, sizeof(int32_t));
    if (!cp_at)
        return NULL;
    int32_t cp = 0;
    for (int32_t k = 0; k < len; k++) {
        cp_at[k] = cp;
        cp += !U16_IS_LEAD(u16[k]);
    }
    cp_at[len] = cp;
    return cp_at;
}

int text_init(struct text *t, struct arena *a, const char *utf8, size_t len,
              struct text_error *err)
{
    memset(t, 0, sizeof *t);
    if (len > (size_t)INT32_MAX / 4)
        return TEXT_TOO_LONG;
    t->utf8 = utf8;
    t->utf8_len = len;
    /* UTF-16 never needs more units than UTF-8 has bytes. Every unit up to the final
     * one is written below, so the arrays are not cleared first. */
    size_t cap = len + 1;
    UChar *u16 = t->u16 = arena_array_uninit(a, cap, sizeof(UChar));
    UChar *fold = t->fold = arena_array_uninit(a, cap, sizeof(UChar));
    uint8_t *cls = t->cls = arena_array_uninit(a, cap, 1);
    int32_t *u8_at = t->u8_at = arena_array_uninit(a, cap, sizeof(int32_t));
    if (!u16 || !fold || !cls || !u8_at)
        return TEXT_NO_MEMORY;

    const unsigned char *s = (const unsigned char *)utf8;
    int32_t u = 0, pairs = 0;
    size_t i = 0;
    while ((i = decode_run(s, i, len, t, &u)) < len) {
        unsigned b = s[i];
        /* Other two- and three-byte characters are decoded in line too (typographic
         * punctuation is three). Anything these checks do not accept — overlongs,
         * surrogates, bad or missing continuation bytes — goes to decode_one, which
         * says why it fails. */
        uint32_t cp;
        int n;
        if (b >= 0xC0 && b < 0xE0 && i + 1 < len && is_continuation(s[i + 1]) &&
            (cp = ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu)) >= 0x80) {
            n = 2;
        } else if (b >= 0xE0 && b < 0xF0 && i + 2 < len && is_continuation(s[i + 1]) &&
                   is_continuation(s[i + 2]) &&
                   (cp = ((b & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu)) >= 0x800 &&
                   (cp < 0xD800 || cp > 0xDFFF)) {
            n = 3;
        } else {
            const char *why = NULL;
            n = decode_one(s + i, len - i, &cp, &why);
            if (n == 0) {
                err->byte_offset = i;
                err->reason = why;
                return TEXT_INVALID_UTF8;
            }
        }
        if (cp < 0x10000) {
            u16[u] = (UChar)cp;
            unit_info((UChar)cp, &fold[u], &cls[u]);
            u8_at[u++] = (int32_t)i;
        } else {
            cp -= 0x10000;
            u16[u] = fold[u] = (UChar)(0xD800 + (cp >> 10));
            u16[u + 1] = fold[u + 1] = (UChar)(0xDC00 + (cp & 0x3FF));
            cls[u] = cls[u + 1] = 0;
            /* An offset inside a surrogate pair maps to the start of its character. */
            u8_at[u] = u8_at[u + 1] = (int32_t)i;
            u += 2;
            pairs++;
        }
        i += (size_t)n;
    }
    u16[u] = 0;
    fold[u] = 0;
    cls[u] = ascii_class[0];
    u8_at[u] = (int32_t)len;
    t->len = u;
    t->n_codepoints = u - pairs;
    if (pairs) {
        t->cp_at = codepoint_table(a, u16, u);
        if (!t->cp_at)
            return TEXT_NO_MEMORY;
    }
    return TEXT_OK;
}

int text_validate_utf8(const char *utf8, size_t len, struct text_error *err)
{
    const unsigned char *s = (const unsigned char *)utf8;
    for (size_t i = 0; i < len;) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        const char *why = NULL;
        int n = decode_one(s + i, len - i, &cp, &why);
        if (n == 0) {
            err->byte_offset = i;
            err->reason = why;
            return -1;
        }
        i += (size_t)n;
    }
    return 0;
}

int32_t text_offset(const struct text *t, int32_t i, enum offset_unit unit)
{
    switch (unit) {
    case OFFSET_UTF16: return i;
    case OFFSET_UTF8: return t->u8_at[i];
    case OFFSET_CODEPOINT: break;
    }
    return t->cp_at ? t->cp_at[i] : i;
}

UChar text_fold_unit(UChar c)
{
    UChar f;
    uint8_t cls;
    unit_info(c, &f, &cls);
    return f;
}

int32_t text_fold_string(const UChar *s, int32_t n, UChar *out)
{
    int32_t k = 0;
    for (int32_t i = 0; i < n; i++) {
        UChar f = text_fold_unit(s[i]);
        if (f)
            out[k++] = f;
    }
    return k;
}

int text_is_arabic_letter(UChar c)
{
    return (unsigned)c - 0x0600u < 256u && (arabic_class[c - 0x0600] & TEXT_ARABIC);
}

int text_is_space(UChar c)
{
    return IS_SPACE(c);
}

uint8_t text_class_unit(UChar c)
{
    UChar f;
    uint8_t cls;
    unit_info(c, &f, &cls);
    return cls;
}
