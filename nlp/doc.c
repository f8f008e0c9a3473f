/*
 * doc.c — names of the document's enums as the API spells them.
 */
#include "nlp/doc.h"

static const char *const ent_type_names[] = {"PERSON", "ORG", "GPE", "LOC", "GROUP"};
static const char *const quote_type_names[] = {"direct", "indirect", "mixed"};
static const char *const resolution_names[] = {
    "none", "explicit", "surname", "role_noun", "pronoun", "elided_subject", "source", "headline",
};

const char *ent_type_name(enum ent_type t)
{
    return t < ENT_TYPE_COUNT ? ent_type_names[t] : "OTHER";
}

const char *quote_type_name(enum quote_type t)
{
    return quote_type_names[t];
}

const char *resolution_name(enum resolution r)
{
    return resolution_names[r];
}

const char *doc_span_utf8(const struct doc *d, struct span s, size_t *len)
{
    int32_t a = d->text.u8_at[s.start], b = d->text.u8_at[s.end];
    *len = (size_t)(b - a);
    return d->text.utf8 + a;
}
