#!/usr/bin/env python3
"""Who-said-what scorer for qawl (Python 3, standard library only).

Scores the service's answers against gold annotations in tests/cases/*.gold.json.

Gold file: {"id", "lang", "text" | "text_file" (relative to the gold file),
            "quotes": [{"speaker", "speaker_aliases", "cue", "type", "content", "note"}],
            "entities": [{"type", "name", "aliases"}]}      (entities optional)
Prediction: the JSON answer of POST /v1/annotate. Fields read:
  quotes[].content.start / .end / .text   code-point offsets, end exclusive
  quotes[].speaker.name                    (or a plain string; null = unknown)
  entities[].name / .type

Metric
  * A gold quote's span is the first occurrence of its "content" in the text.
  * A predicted quote matches a gold quote when the spans overlap by at least half of the
    gold span and a quarter of the predicted span; pairs are taken greedily, largest overlap
    first, each gold and each predicted quote used once.
  * The speaker of a matched quote is right when its normalised name equals the normalised gold
    speaker or one of the aliases, or contains the whole normalised gold speaker as words.
  * quote P/R/F1 count matches; who-said-what P/R/F1 count matches with the right speaker;
    speaker accuracy = right / matched.
  * Entities: a predicted entity is correct when its normalised name is the name or an alias
    of some gold entity (type not required); recall counts gold entities found.
  Normalisation: NFKC, no Arabic diacritics or tatweel, one alef, ى→ي, ة→ه, ؤ→و, ئ→ي, lower
  case, punctuation to spaces, a leading لل read as ال, a leading English "the" dropped.

Usage
  score.py GOLD.json... --url http://127.0.0.1:PORT     POST each text to /v1/annotate
  score.py GOLD.json... --pred RESPONSE.json            one saved answer for every gold file,
                                                        or one --pred per gold file, in order
Options
  --verbose         one line per gold quote (ok / SPK / MISS) and per false positive
  --json            totals as one JSON object on the last line
  --min-wsw F       exit 1 when who-said-what F1 < F
  --min-entity F    exit 1 when entity F1 < F (or when no gold file has entities)
"""
import argparse
import json
import os
import re
import sys
import time
import unicodedata
import urllib.request

_DIACRITICS = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]')
_ALEFS = re.compile('[\u0623\u0625\u0622\u0671]')          # أ إ آ ٱ
_LETTER_MAP = str.maketrans({'\u0649': '\u064a',            # ى -> ي
                             '\u0629': '\u0647',            # ة -> ه
                             '\u0624': '\u0648',            # ؤ -> و
                             '\u0626': '\u064a'})           # ئ -> ي
_PUNCT = re.compile(r'[^\w\s]')

# Entity types: PERSON and ORG kept apart, every place (GPE, LOC) folded into LOC.
_TYPE_CLASS = {'PER': 'PER', 'PERSON': 'PER', 'ORG': 'ORG', 'ORGANIZATION': 'ORG',
               'GPE': 'LOC', 'LOC': 'LOC', 'LOCATION': 'LOC'}


def normalize(name):
    """Fold a name to the form names are compared in; None gives ''."""
    if name is None:
        return ''
    s = unicodedata.normalize('NFKC', name)
    s = _DIACRITICS.sub('', s)
    s = _ALEFS.sub('\u0627', s).translate(_LETTER_MAP).lower()
    words = _PUNCT.sub(' ', s).split()
    words = [('ال' + w[2:]) if (w.startswith('لل') and len(w) > 4) else w for w in words]
    if len(words) > 1 and words[0] == 'the':  # a lone "the" stays
        words = words[1:]
    return ' '.join(words)


def speaker_matches(pred_name, gold_quote):
    """True when a predicted speaker name counts as the gold speaker."""
    p = normalize(pred_name)
    if not p:
        return False
    full = normalize(gold_quote['speaker'])
    accepted = {full} | {normalize(a) for a in gold_quote.get('speaker_aliases', [])}
    if p in accepted:
        return True
    if not full:
        return False
    return re.search('(?:^| )' + re.escape(full) + '(?: |$)', p) is not None


def gold_text(gold, gold_path):
    """The article text of a gold file: inline "text" or the file named by "text_file"."""
    if 'text' in gold:
        return gold['text']
    path = os.path.join(os.path.dirname(gold_path), gold['text_file'])
    with open(path, encoding='utf-8') as f:
        return f.read()


def annotate(url, text):
    """POST the text to URL/v1/annotate; return (parsed JSON answer, seconds taken)."""
    req = urllib.request.Request(url.rstrip('/') + '/v1/annotate',
                                 data=json.dumps({'text': text}).encode('utf-8'),
                                 headers={'Content-Type': 'application/json'})
    started = time.perf_counter()
    with urllib.request.urlopen(req, timeout=30) as resp:
        answer = json.loads(resp.read().decode('utf-8'))
    return answer, time.perf_counter() - started


def predicted_span(quote, text, problems):
    """(start, end) of a predicted quote, or None; offset trouble is noted in problems."""
    content = quote.get('content') or {}
    start, end, said = content.get('start'), content.get('end'), content.get('text')
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
        if said is not None and text[start:end] != said:
            problems.append('content offsets do not match content text: %r' % (said[:30],))
        return start, end
    if said:
        problems.append('quote without valid content offsets')
        at = text.find(said)
        if at >= 0:
            return at, at + len(said)
    return None


def speaker_name(quote):
    spk = quote.get('speaker') or {}
    return spk.get('name') if isinstance(spk, dict) else spk


def match_quotes(gold_spans, pred_spans):
    """Greedy one-to-one matching; returns a list of (gold index, pred index)."""
    candidates = []
    for gi, (gs, ge) in enumerate(gold_spans):
        for pi, (ps, pe) in enumerate(pred_spans):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0 and overlap >= 0.5 * (ge - gs) and overlap >= 0.25 * (pe - ps):
                candidates.append((overlap, gi, pi))
    # Largest overlap first; among equals the later gold, then the later prediction.
    candidates.sort(reverse=True)
    taken_g, taken_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def score_entities(gold_entities, pred_entities):
    gold = [(_TYPE_CLASS.get(e['type'], e['type']),
             {normalize(n) for n in [e['name']] + e.get('aliases', [])}) for e in gold_entities]
    found, pred_ok, npred = set(), 0, 0
    for p in pred_entities:
        npred += 1
        pname = normalize(p.get('name'))
        hit = False
        for gi, (_, names) in enumerate(gold):
            if pname in names:
                found.add(gi)
                hit = True
        pred_ok += hit
    return {'gold': len(gold), 'pred': npred, 'pred_ok': pred_ok, 'found': len(found)}


def score_case(gold, text, pred, verbose=False):
    """Counts for one article: gold, pred, matched, right, problems, entities."""
    problems = []
    gold_quotes = gold['quotes']
    gold_spans = []
    for g in gold_quotes:
        at = text.find(g['content'])
        gold_spans.append((at, at + len(g['content'])))
    preds = []
    for q in pred.get('quotes', []) or []:
        span = predicted_span(q, text, problems)
        if span:
            preds.append((span, speaker_name(q)))
    pairs = match_quotes(gold_spans, [s for s, _ in preds])
    right = sum(1 for gi, pi in pairs if speaker_matches(preds[pi][1], gold_quotes[gi]))
    if verbose:
        by_gold = dict(pairs)
        for gi, g in enumerate(gold_quotes):
            if gi in by_gold:
                name = preds[by_gold[gi]][1]
                mark = 'ok ' if speaker_matches(name, g) else 'SPK'
                print('  %s gold %-22s pred %-22s | %s' % (mark, g['speaker'][:22], (name or '-')[:22],
                                                          g['content'][:50]))
            else:
                print('  MISS gold %-22s | %s' % (g['speaker'][:22], g['content'][:60]))
        matched_p = {pi for _, pi in pairs}
        for pi, ((ps, pe), name) in enumerate(preds):
            if pi not in matched_p:
                print('  FP   pred %-22s | %s' % ((name or '-')[:22], text[ps:pe][:60]))
    entities = None
    if gold.get('entities'):
        entities = score_entities(gold['entities'], pred.get('entities', []) or [])
    return {'gold': len(gold_quotes), 'pred': len(preds), 'matched': len(pairs), 'right': right,
            'problems': problems, 'entities': entities}


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def totals(results, failed=0, seconds=0.0):
    """The summary dict (the keys of the --json line) from a list of score_case results."""
    q = {k: sum(r[k] for r in results) for k in ('gold', 'pred', 'matched', 'right')}
    ents = [r['entities'] for r in results if r['entities']]
    e = {k: sum(x[k] for x in ents) for k in ('gold', 'pred', 'pred_ok', 'found')}
    _, _, qf = prf(q['matched'], q['pred'], q['gold'])
    wp, wr, wf = prf(q['right'], q['pred'], q['gold'])
    acc = q['right'] / q['matched'] if q['matched'] else 0.0
    out = {'quote_f1': round(qf, 4), 'speaker_acc': round(acc, 4), 'wsw_p': round(wp, 4),
           'wsw_r': round(wr, 4), 'wsw_f1': round(wf, 4),
           'offset_problems': sum(len(r['problems']) for r in results),
           'failed': failed, 'seconds': round(seconds, 3)}
    if e['gold']:
        ep = e['pred_ok'] / e['pred'] if e['pred'] else 0.0
        er = e['found'] / e['gold']
        out['entity_f1'] = round(2 * ep * er / (ep + er) if ep + er else 0.0, 4)
    return out, q, e


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('gold', nargs='+', help='gold annotation files')
    ap.add_argument('--url', help='base URL of a running qawl')
    ap.add_argument('--pred', action='append', help='saved /v1/annotate answer')
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('--json', action='store_true')
    ap.add_argument('--min-wsw', type=float, metavar='F')
    ap.add_argument('--min-entity', type=float, metavar='F')
    a = ap.parse_args(argv)
    if not a.url and not a.pred:
        ap.error('give --url or --pred')
    if a.pred and len(a.pred) not in (1, len(a.gold)):
        ap.error('give one --pred for all gold files or one per gold file')

    results, failed, seconds = [], 0, 0.0
    for n, path in enumerate(a.gold):
        with open(path, encoding='utf-8') as f:
            gold = json.load(f)
        text = gold_text(gold, path)
        name = gold.get('id', path)
        try:
            if a.pred:
                with open(a.pred[n if len(a.pred) > 1 else 0], encoding='utf-8') as f:
                    pred = json.load(f)
            else:
                pred, dt = annotate(a.url, text)
                seconds += dt
        except Exception as ex:  # a failed request scores as an empty answer
            print('%-10s ERROR %s' % (name, ex))
            failed += 1
            pred = {}
        if a.verbose:
            print('== %s' % name)
        r = score_case(gold, text, pred, a.verbose)
        results.append(r)
        _, _, f1 = prf(r['right'], r['pred'], r['gold'])
        print('%-10s gold %3d pred %3d matched %3d speaker-right %3d  who-said-what F1 %.3f%s' % (
            name[:10], r['gold'], r['pred'], r['matched'], r['right'], f1,
            ('  (%d offset problems)' % len(r['problems'])) if r['problems'] else ''))

    res, q, e = totals(results, failed, seconds)
    qp, qr, qf = prf(q['matched'], q['pred'], q['gold'])
    wp, wr, wf = prf(q['right'], q['pred'], q['gold'])
    print('TOTAL quotes: P %.3f R %.3f F1 %.3f | speaker accuracy on matched %.3f | '
          'who-said-what P %.3f R %.3f F1 %.3f' % (qp, qr, qf, res['speaker_acc'], wp, wr, wf))
    if 'entity_f1' in res:
        ep = e['pred_ok'] / e['pred'] if e['pred'] else 0.0
        print('TOTAL entities: P %.3f R %.3f F1 %.3f' % (ep, e['found'] / e['gold'], res['entity_f1']))

    floors_failed = []
    if a.min_wsw is not None and res['wsw_f1'] < a.min_wsw:
        floors_failed.append('who-said-what F1 %.4f is below the floor %.4f' % (res['wsw_f1'], a.min_wsw))
    if a.min_entity is not None:
        if 'entity_f1' not in res:
            floors_failed.append('entity F1 unavailable (no gold entities) for the floor %.4f' % a.min_entity)
        elif res['entity_f1'] < a.min_entity:
            floors_failed.append('entity F1 %.4f is below the floor %.4f' % (res['entity_f1'], a.min_entity))
    for msg in floors_failed:
        print('FLOOR FAILED: ' + msg, file=sys.stderr)
    if a.json:
        print(json.dumps(res))
    return 1 if floors_failed else 0


if __name__ == '__main__':
    sys.exit(main())
