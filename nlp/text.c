/*
 * text.c — UTF-8 validation and decoding, offset tables, the matching fold.
 *
 * Decoding is hand-written rather than u_strFromUTF8 because one pass has to do three
 * things ICU does not do together: report the byte where invalid input starts and why,
 * and record for each UTF-16 unit its UTF-8 and code point offsets.
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

int text_init(struct text *t, struct arena *a, const char *utf8, size_t len,
              struct text_error *err)
{
    memset(t, 0, sizeof *t);
    if (len > (size_t)INT32_MAX / 4)
        return TEXT_TOO_LONG;
    t->utf8 = utf8;
    t->utf8_len = len;
    /* UTF-16 never needs more units than UTF-8 has bytes. */
    size_t cap = len + 1;
    t->u16 = arena_array(a, cap, sizeof(UChar));
    t->fold = arena_array(a, cap, sizeof(UChar));
    t->u8_at = arena_array(a, cap, sizeof(int32_t));
    t->cp_at = arena_array(a, cap, sizeof(int32_t));
    if (!t->u16 || !t->fold || !t->u8_at || !t->cp_at)
        return TEXT_NO_MEMORY;

    const unsigned char *s = (const unsigned char *)utf8;
    int32_t u = 0, cpi = 0;
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        const char *why = NULL;
        int n;
        if (s[i] < 0x80) { /* fast path: ASCII */
            cp = s[i];
            n = 1;
        } else {
            n = decode_one(s + i, len - i, &cp, &why);
            if (n == 0) {
                err->byte_offset = i;
                err->reason = why;
                return TEXT_INVALID_UTF8;
            }
        }
        if (cp < 0x10000) {
            t->u16[u] = (UChar)cp;
            t->fold[u] = text_fold_unit((UChar)cp);
            t->u8_at[u] = (int32_t)i;
            t->cp_at[u] = cpi;
            u++;
        } else {
            cp -= 0x10000;
            t->u16[u] = (UChar)(0xD800 + (cp >> 10));
            t->u16[u + 1] = (UChar)(0xDC00 + (cp & 0x3FF));
            t->fold[u] = t->u16[u];
            t->fold[u + 1] = t->u16[u + 1];
            /* An offset inside a surrogate pair maps to the start of its character. */
            t->u8_at[u] = t->u8_at[u + 1] = (int32_t)i;
            t->cp_at[u] = t->cp_at[u + 1] = cpi;
            u += 2;
        }
        cpi++;
        i += (size_t)n;
    }
    t->u16[u] = 0;
    t->fold[u] = 0;
    t->u8_at[u] = (int32_t)len;
    t->cp_at[u] = cpi;
    t->len = u;
    t->n_codepoints = cpi;
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
    return t->cp_at[i];
}

UChar text_fold_unit(UChar c)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            return (UChar)(c + 32);
        return c;
    }
    if (c >= 0x0600 && c <= 0x06FF) {
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x0610 && c <= 0x061A) ||
            (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E8) ||
            (c >= 0x06EA && c <= 0x06ED) || c == 0x0640)
            return 0; /* harakat, Quranic marks, tatweel */
        switch (c) {
        case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
            return 0x0627; /* alef forms -> bare alef */
        case 0x0649: case 0x06CC: case 0x0626:
            return 0x064A; /* alef maqsura, Farsi yeh, yeh with hamza -> yeh */
        case 0x0624: return 0x0648; /* waw with hamza -> waw */
        case 0x0629: return 0x0647; /* ta marbuta -> heh */
        case 0x06A9: return 0x0643; /* keheh -> kaf */
        case 0x06C1: return 0x0647;
        default: break;
        }
        if (c >= 0x0660 && c <= 0x0669)
            return (UChar)('0' + (c - 0x0660));
        if (c >= 0x06F0 && c <= 0x06F9)
            return (UChar)('0' + (c - 0x06F0));
        return c;
    }
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
    return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3) || c == 0x06D5 ||
           (c >= 0x06FA && c <= 0x06FC) || c == 0x0640;
}

int text_is_space(UChar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x2028 ||
           c == 0x2029 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F || c == 0x0B || c == 0x0C || c == 0x85;
}
