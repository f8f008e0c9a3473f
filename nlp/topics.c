/*
 * topics.c — what each quotation is about, and how much the article is about the pact.
 *
 * A quotation's topics are those whose keywords (words or phrases of the topic lexicon,
 * through clitics) occur in its content. The article's topics are those of its quotes
 * plus any topic named at least twice in the whole text.
 *
 * pact_relevance (0..1) combines two signals, each saturating:
 *   - how often the text names the pact itself (topic "pact"): 3 mentions or more = 1;
 *   - whether it names both parties (knowledge-base actors of side 1 and side 2): both = 1,
 *     one side = 0.4, none = 0.
 * relevance = 0.6 * pact + 0.4 * parties, and a text that names neither party cannot go
 * above 0.3 however often it says "agreement".
 */
#include "nlp/topics.h"

#include "nlp/doc.h"
#include "nlp/lexicon.h"
#include "nlp/tokens.h"

#include <string.h>

/* Topic bits of the keyword starting at token k; *n its length in tokens. */
static uint32_t topics_at(const struct doc *d, const struct lexicon *lx, int32_t k, int32_t end, int32_t *n)
{
    const struct lex_entry *e;
    *n = tok_phrase_at(d, lx, k, end, LEX_TOPIC, 1, &e, NULL);
    return *n ? e->topics : 0;
}

void topics_assign(struct doc *d, const struct lexicon *lx)
{
    if (lx->n_topics == 0)
        return;
    /* one pass over the text: hits per topic, and the topics of each token */
    int32_t hits[TOPIC_MAX];
    memset(hits, 0, sizeof hits);
    int32_t qi = 0;
    for (int32_t s = 0; s < d->n_sentences; s++) {
        int32_t end = d->sentences[s].tok_end;
        for (int32_t k = d->sentences[s].tok_begin; k < end; k++) {
            if (d->tokens[k].kind == TOK_PUNCT)
                continue;
            int32_t n;
            uint32_t bits = topics_at(d, lx, k, end, &n);
            if (!bits)
                continue;
            for (int t = 0; t < lx->n_topics; t++)
                hits[t] += (bits >> t) & 1;
            /* quotes are sorted by position; several may cover the same words */
            int32_t pos = d->tokens[k].span.start;
            while (qi < d->n_quotes && d->quotes[qi].content.end <= pos &&
                   d->quotes[qi].content.start <= pos)
                qi++;
            for (int32_t j = qi; j < d->n_quotes && j < qi + 8; j++) {
                struct quote *q = &d->quotes[j];
                if (q->content.start <= pos && pos < q->content.end)
                    q->topics |= bits;
            }
            k += n - 1;
        }
    }
    uint32_t doc_topics = 0;
    for (int32_t i = 0; i < d->n_quotes; i++)
        doc_topics |= d->quotes[i].topics;
    for (int t = 0; t < lx->n_topics; t++)
        if (hits[t] >= 2)
            doc_topics |= 1u << t;
    d->topics = doc_topics;

    double pact = 0;
    if (lx->pact_topic >= 0)
        pact = hits[lx->pact_topic] >= 3 ? 1.0 : hits[lx->pact_topic] / 3.0;
    int side_seen[3] = {0, 0, 0};
    for (int32_t i = 0; i < d->n_entities && lx->kb_side; i++) {
        const struct kb_entry *kb = d->entities[i].kb;
        if (kb)
            side_seen[lx->kb_side[kb - lx->kb]] = 1;
    }
    int sides = side_seen[1] + side_seen[2];
    double parties = sides == 2 ? 1.0 : sides == 1 ? 0.4 : 0.0;
    double r = 0.6 * pact + 0.4 * parties;
    if (sides == 0 && r > 0.3)
        r = 0.3;
    d->pact_relevance = (double)(int)(r * 1000 + 0.5) / 1000;
}
