#!/usr/bin/env python3
"""Self-test of tests/quality/score.py (standard library only).

Builds fake /v1/annotate answers from a gold file and checks the scorer: a perfect answer scores
1.0, an answer with one wrong speaker and one missing quote scores exactly what the metric says,
both gold forms ("text_file" and inline "text") load, --url POSTs JSON, and the floors exit 1.

Run: python3 tests/quality/test_score.py
"""
import http.server
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import unittest
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, '..', 'cases')
SCORE = os.path.join(HERE, 'score.py')
sys.path.insert(0, HERE)
import score  # noqa: E402

GOLD = os.path.join(CASES, 'ar-03-seoul-tokyo-ministers.gold.json')   # text_file form, 10 quotes


def load_gold(path):
    with open(path, encoding='utf-8') as f:
        gold = json.load(f)
    return gold, score.gold_text(gold, path)


def fake_answer(gold, text, drop_last=False, wrong_first=False, offsets=True, entities=True):
    """A /v1/annotate-shaped answer built from the gold annotation."""
    quotes = []
    for i, g in enumerate(gold['quotes']):
        if drop_last and i == len(gold['quotes']) - 1:
            continue
        start = text.find(g['content'])
        content = {'text': g['content']}
        if offsets:
            content.update(start=start, end=start + len(g['content']))
        name = 'شخص آخر' if (wrong_first and i == 0) else g['speaker']
        quotes.append({'content': content, 'type': g['type'], 'speaker': {'name': name}})
    ents = [{'name': e['name'], 'type': e['type']} for e in gold.get('entities', [])] if entities else []
    return {'quotes': quotes, 'entities': ents}


def run_cli(*args):
    p = subprocess.run([sys.executable, SCORE] + list(args), capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def last_json(stdout):
    return json.loads(stdout.strip().splitlines()[-1])


class ScoreTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.gold, self.text = load_gold(GOLD)
        self.assertEqual(len(self.gold['quotes']), 10, 'expected numbers below assume 10 gold quotes in ' + GOLD)

    def tearDown(self):
        self.tmp.cleanup()

    def save(self, name, obj):
        path = os.path.join(self.tmp.name, name)
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(obj, f, ensure_ascii=False)
        return path

    def test_perfect_answer_scores_one(self):
        pred = self.save('perfect.json', fake_answer(self.gold, self.text))
        rc, out, _ = run_cli(GOLD, '--pred', pred, '--json')
        self.assertEqual(rc, 0)
        res = last_json(out)
        for key in ('quote_f1', 'speaker_acc', 'wsw_p', 'wsw_r', 'wsw_f1', 'entity_f1'):
            self.assertEqual(res[key], 1.0, key)
        self.assertEqual(res['offset_problems'], 0)
        self.assertEqual(res['failed'], 0)

    def test_one_wrong_speaker_one_missing_quote(self):
        pred = self.save('worse.json', fake_answer(self.gold, self.text, drop_last=True, wrong_first=True))
        rc, out, _ = run_cli(GOLD, '--pred', pred, '--json', '--verbose')
        self.assertEqual(rc, 0)
        res = last_json(out)
        # 10 gold, 9 predicted, 9 matched, 8 with the right speaker.
        self.assertEqual(res['quote_f1'], 0.9474)     # 2*9/(9+10)
        self.assertEqual(res['speaker_acc'], 0.8889)  # 8/9
        self.assertEqual(res['wsw_p'], 0.8889)        # 8/9
        self.assertEqual(res['wsw_r'], 0.8)           # 8/10
        self.assertEqual(res['wsw_f1'], 0.8421)       # 2*8/(9+10)
        self.assertEqual(res['entity_f1'], 1.0)
        self.assertIn('SPK', out)
        self.assertIn('MISS', out)

    def test_inline_text_gold(self):
        gold = dict(self.gold)
        gold.pop('text_file')
        gold['text'] = self.text
        path = self.save('inline.gold.json', gold)
        pred = self.save('perfect.json', fake_answer(self.gold, self.text))
        rc, out, _ = run_cli(path, '--pred', pred, '--json')
        self.assertEqual(rc, 0)
        self.assertEqual(last_json(out)['wsw_f1'], 1.0)

    def test_text_without_offsets_is_found_and_counted(self):
        pred = self.save('nooffs.json', fake_answer(self.gold, self.text, offsets=False))
        res = last_json(run_cli(GOLD, '--pred', pred, '--json')[1])
        self.assertEqual(res['wsw_f1'], 1.0)
        self.assertEqual(res['offset_problems'], 10)

    def test_wrong_offset_text_is_a_problem_but_offsets_win(self):
        ans = fake_answer(self.gold, self.text)
        ans['quotes'][0]['content']['text'] = 'not the same'
        res = last_json(run_cli(GOLD, '--pred', self.save('p.json', ans), '--json')[1])
        self.assertEqual(res['offset_problems'], 1)
        self.assertEqual(res['wsw_f1'], 1.0)

    def test_floors(self):
        worse = self.save('worse.json', fake_answer(self.gold, self.text, drop_last=True, wrong_first=True))
        rc, out, err = run_cli(GOLD, '--pred', worse, '--json', '--min-wsw', '0.9')
        self.assertEqual(rc, 1)
        self.assertIn('who-said-what', err)
        self.assertIn('wsw_f1', out.strip().splitlines()[-1])   # the JSON line stays last
        self.assertEqual(run_cli(GOLD, '--pred', worse, '--min-wsw', '0.8', '--min-entity', '1.0')[0], 0)
        noent = self.save('noent.json', fake_answer(self.gold, self.text, entities=False))
        rc, _, err = run_cli(GOLD, '--pred', noent, '--min-entity', '0.5')
        self.assertEqual(rc, 1)
        self.assertIn('entity', err)

    def test_one_pred_per_gold(self):
        other = os.path.join(CASES, 'en-01-sanctions-pipeline.gold.json')
        og, ot = load_gold(other)
        p1 = self.save('a.json', fake_answer(self.gold, self.text))
        p2 = self.save('b.json', fake_answer(og, ot))
        res = last_json(run_cli(GOLD, other, '--pred', p1, '--pred', p2, '--json')[1])
        self.assertEqual(res['wsw_f1'], 1.0)

    def test_url_mode_posts_json(self):
        answers = {self.text: fake_answer(self.gold, self.text, drop_last=True, wrong_first=True)}
        seen = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers['Content-Length'])).decode('utf-8'))
                seen.append((self.path, self.headers['Content-Type']))
                data = json.dumps(answers.get(body['text'], {})).encode('utf-8')
                self.send_response(200)
                self.send_header('Content-Type', 'application/json')
                self.send_header('Content-Length', str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        srv = http.server.HTTPServer(('127.0.0.1', 0), Handler)
        t = threading.Thread(target=srv.serve_forever, daemon=True)
        t.start()
        try:
            url = 'http://127.0.0.1:%d' % srv.server_address[1]
            res = last_json(run_cli(GOLD, '--url', url, '--json')[1])
        finally:
            srv.shutdown()
            srv.server_close()
        self.assertEqual(seen, [('/v1/annotate', 'application/json')])
        self.assertEqual(res['wsw_f1'], 0.8421)
        self.assertEqual(res['failed'], 0)

    def test_unreachable_server_counts_as_failed(self):
        rc, out, _ = run_cli(GOLD, '--url', 'http://127.0.0.1:9', '--json')
        res = last_json(out)
        self.assertEqual(res['failed'], 1)
        self.assertEqual(res['wsw_f1'], 0.0)

    def test_normalisation_and_speaker_rules(self):
        n = score.normalize
        self.assertEqual(n('للأمم المتحدة'), n('الأمم المتحدة'))
        self.assertEqual(n('الأمريكيّة'), n('الامريكيه'))
        self.assertEqual(n('The Pentagon'), 'pentagon')
        self.assertEqual(n('the'), 'the')
        self.assertEqual(n(None), '')
        g = {'speaker': 'فيودور كوزمين', 'speaker_aliases': ['كوزمين']}
        self.assertTrue(score.speaker_matches('كوزمين', g))
        self.assertTrue(score.speaker_matches('الباحث فيودور كوزمين', g))
        self.assertFalse(score.speaker_matches('فيودور', g))
        self.assertFalse(score.speaker_matches(None, g))

    def test_in_process_score_case(self):
        buf = io.StringIO()
        with redirect_stdout(buf):
            r = score.score_case(self.gold, self.text, fake_answer(self.gold, self.text, drop_last=True))
        self.assertEqual((r['gold'], r['pred'], r['matched'], r['right']), (10, 9, 9, 9))


if __name__ == '__main__':
    unittest.main(verbosity=2)
