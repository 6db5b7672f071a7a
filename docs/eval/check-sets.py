#!/usr/bin/env python3
"""Check factoid JSONL sets against the MultiHop-RAG corpus: usage check-sets.py CORPUS.json SET.jsonl..."""
import datetime
import json
import re
import sys


def date_forms(iso):
    d = datetime.date.fromisoformat(iso[:10])
    month, abbr = d.strftime('%B'), d.strftime('%b')
    return {f"{month} {d.day}, {d.year}", f"{abbr} {d.day}", f"{d.day} {month}", f"{month} {d.day}", iso[:10],
            f"{d.day} {abbr}", f"{abbr} {d.day}, {d.year}", f"{d.day} {month} {d.year}"}


def check(corpus, path):
    problems, kinds, ids = 0, {}, set()
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        q = json.loads(line)
        if q['id'] in ids:
            print('duplicate id', q['id']); problems += 1
        ids.add(q['id'])
        kinds[q['type']] = kinds.get(q['type'], 0) + 1
        if q.get('abstain'):
            continue
        article = corpus.get(q['articles'][0])
        if article is None:
            print('unknown article', q['id'], q['articles'][0]); problems += 1
            continue
        if not 1 <= len(q['answers']) <= 3:
            print('needs 1-3 answers', q['id']); problems += 1
        for answer in q['answers']:
            if q['type'] == 'article-facts':
                ok = (answer in str(article['author']) or answer in str(article['source'])
                      or answer in date_forms(article['published_at']))
            else:
                ok = answer in article['body']
            if not ok:
                print('not in article', q['id'], repr(answer)); problems += 1
        words = re.findall(r"\S+", q['question'].rstrip('?'))
        for i in range(len(words) - 5):
            if ' '.join(words[i:i + 6]) in article['body']:
                print('copies the article', q['id'], ' '.join(words[i:i + 6])); problems += 1
                break
    print(path, sum(kinds.values()), 'items', kinds, 'problems', problems)
    return problems


if __name__ == '__main__':
    articles = {a['url']: a for a in json.load(open(sys.argv[1], encoding='utf-8'))}
    sys.exit(1 if sum(check(articles, p) for p in sys.argv[2:]) else 0)
