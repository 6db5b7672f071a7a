# Posts every question of a news JSONL file to a running Newsdesk and writes {"id","answer"} lines.
import json, sys, urllib.request
base, queries, out = sys.argv[1], sys.argv[2], sys.argv[3]
with open(out, 'w') as f:
    for line in open(queries):
        if not line.strip() or line.startswith('#'):
            continue
        q = json.loads(line)
        req = urllib.request.Request(base + '/api/ask', data=json.dumps({"question": q["question"]}).encode(),
                                     headers={"Content-Type": "application/json"})
        answer = json.load(urllib.request.urlopen(req, timeout=300))
        f.write(json.dumps({"id": q["id"], "answer": answer}) + "\n")
