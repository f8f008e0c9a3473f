/*
 * render.c — the document as the API's JSON object.
 *
 * Every "text" field is cut from the submitted UTF-8 between the span's byte offsets,
 * so it is byte-for-byte what the caller sent, whatever offset unit was asked for.
 */
#include "nlp/render.h"

#include "nlp/doc.h"
#include "nlp/lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *span_json(const struct doc *d, struct span s, enum offset_unit unit, int with_text)
{
    json_t *o = json_object();
    json_object_set_new(o, "start", json_integer(text_offset(&d->text, s.start, unit)));
    json_object_set_new(o, "end", json_integer(text_offset(&d->text, s.end, unit)));
    if (with_text) {
        size_t len;
        const char *p = doc_span_utf8(d, s, &len);
        json_object_set_new(o, "text", json_stringn(p, len));
    }
    return o;
}

static json_t *entity_id(int32_t i)
{
    char id[24];
    snprintf(id, sizeof id, "e%d", i + 1);
    return json_string(id);
}

static json_t *quote_id(int32_t i)
{
    char id[24];
    snprintf(id, sizeof id, "q%d", i + 1);
    return json_string(id);
}

static json_t *topics_json(const struct lexicon *lx, uint32_t bits)
{
    json_t *a = json_array();
    for (int t = 0; t < lx->n_topics; t++)
        if (bits & (1u << t))
            json_array_append_new(a, json_string(lx->topic_ids[t]));
    return a;
}

static json_t *entities_json(const struct doc *d, enum offset_unit unit)
{
    json_t *arr = json_array();
    for (int32_t i = 0; i < d->n_entities; i++) {
        const struct entity *e = &d->entities[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", entity_id(i));
        json_object_set_new(o, "name", json_string(e->name));
        json_object_set_new(o, "type", json_string(ent_type_name((enum ent_type)e->type)));
        if (e->role)
            json_object_set_new(o, "role", json_string(e->role));
        if (e->affiliation >= 0) {
            json_t *af = json_object();
            json_object_set_new(af, "entity", entity_id(e->affiliation));
            json_object_set_new(af, "name", json_string(d->entities[e->affiliation].name));
            json_object_set_new(o, "affiliation", af);
        }
        if (e->kb) {
            json_object_set_new(o, "canonical", json_string(e->kb->english));
            json_object_set_new(o, "wikidata", e->kb->wikidata ? json_string(e->kb->wikidata) : json_null());
        }
        json_t *ms = json_array();
        for (int32_t m = e->first_mention; m >= 0; m = d->mentions[m].next_same)
            json_array_append_new(ms, span_json(d, d->mentions[m].span, unit, 1));
        json_object_set_new(o, "mentions", ms);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *quotes_json(const struct doc *d, const struct lexicon *lx, enum offset_unit unit)
{
    json_t *arr = json_array();
    for (int32_t i = 0; i < d->n_quotes; i++) {
        const struct quote *q = &d->quotes[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", quote_id(i));
        json_object_set_new(o, "type", json_string(quote_type_name((enum quote_type)q->type)));
        json_object_set_new(o, "cue", span_json(d, q->cue, unit, 1));
        json_object_set_new(o, "content", span_json(d, q->content, unit, 1));
        json_t *sp = json_object();
        json_object_set_new(sp, "name", q->speaker_name ? json_string(q->speaker_name) : json_null());
        json_object_set_new(sp, "entity", q->speaker_entity >= 0 ? entity_id(q->speaker_entity) : json_null());
        json_object_set_new(sp, "mention", q->speaker_span.start >= 0 ? span_json(d, q->speaker_span, unit, 1)
                                                                      : json_null());
        json_object_set_new(sp, "resolved", json_string(resolution_name((enum resolution)q->resolution)));
        json_object_set_new(o, "speaker", sp);
        json_object_set_new(o, "sentence", json_integer(q->sentence));
        json_object_set_new(o, "topics", topics_json(lx, q->topics));
        json_array_append_new(arr, o);
    }
    return arr;
}

/* One entry per speaker: by entity when resolved to one, else by name. Each quote joins
 * the entry of the first quote with the same speaker, found through a per-entity table
 * and, for unnamed speakers, a comparison with the entries made so far. */
static json_t *speakers_json(const struct doc *d)
{
    json_t *arr = json_array();
    json_t **by_entity = d->n_entities ? calloc((size_t)d->n_entities, sizeof *by_entity) : NULL;
    if (d->n_entities && !by_entity)
        return arr;
    for (int32_t i = 0; i < d->n_quotes; i++) {
        const struct quote *q = &d->quotes[i];
        if (!q->speaker_name)
            continue;
        json_t *entry = NULL;
        if (q->speaker_entity >= 0) {
            entry = by_entity[q->speaker_entity];
        } else {
            size_t n = json_array_size(arr);
            for (size_t j = n; j > 0 && j + 32 > n && !entry; j--) {
                json_t *o = json_array_get(arr, j - 1);
                if (json_is_null(json_object_get(o, "entity")) &&
                    !strcmp(json_string_value(json_object_get(o, "name")), q->speaker_name))
                    entry = o;
            }
        }
        if (!entry) {
            entry = json_object();
            json_object_set_new(entry, "name", json_string(q->speaker_name));
            json_object_set_new(entry, "entity", q->speaker_entity >= 0 ? entity_id(q->speaker_entity) : json_null());
            json_object_set_new(entry, "quotes", json_array());
            json_array_append_new(arr, entry);
            if (q->speaker_entity >= 0)
                by_entity[q->speaker_entity] = entry;
        }
        json_array_append_new(json_object_get(entry, "quotes"), quote_id(i));
    }
    free(by_entity);
    return arr;
}

json_t *render_doc(const struct doc *d, const struct render_options *opts)
{
    const struct lexicon *lx = model_lexicon(d->model);
    enum offset_unit unit = opts->unit;
    json_t *o = json_object();
    if (!o)
        return NULL;
    if (opts->id)
        json_object_set_new(o, "id", json_string(opts->id));
    json_object_set_new(o, "language", json_string(lang_name(d->lang)));
    json_object_set_new(o, "offsets", json_string(offset_unit_name(unit)));
    json_object_set_new(o, "text_length", json_integer(text_offset(&d->text, d->text.len, unit)));
    json_t *ss = json_array();
    for (int32_t i = 0; i < d->n_sentences; i++)
        json_array_append_new(ss, span_json(d, d->sentences[i].span, unit, 0));
    json_object_set_new(o, "sentences", ss);
    json_object_set_new(o, "entities", entities_json(d, unit));
    json_object_set_new(o, "quotes", quotes_json(d, lx, unit));
    json_object_set_new(o, "speakers", speakers_json(d));
    json_object_set_new(o, "topics", topics_json(lx, d->topics));
    json_object_set_new(o, "pact_relevance", json_real(d->pact_relevance));
    return o;
}
