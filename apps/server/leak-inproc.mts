import { readFileSync } from 'node:fs';
import { parseEnv } from '/work/main/apps/server/src/env.ts';
import { startServer } from '/work/main/apps/server/src/server.ts';
const raw = { MUSAEID_DB: '/tmp/leak/l.db', PORT: '0', HOST: '127.0.0.1', MUSAEID_LOG_LEVEL: 'silent', MUSAEID_RATE_LIMIT_PER_MINUTE: '1000000', MUSAEID_MONTHLY_MESSAGE_QUOTA: '100000000' };
const running = await startServer({ env: parseEnv(raw), rawEnv: raw, print: () => {} });
const { apiKey } = JSON.parse(readFileSync('/tmp/leak/user.json', 'utf8'));
const qs = readFileSync('/work/shared/eval/dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const url = `${running.http.url}/trpc`;
const h = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
const mem = () => { (globalThis as any).gc(); (globalThis as any).gc(); const m = process.memoryUsage(); return `heap ${Math.round(m.heapUsed / 2 ** 20)} MB, external ${Math.round(m.external / 2 ** 20)} MB, arrayBuffers ${Math.round(m.arrayBuffers / 2 ** 20)} MB, rss ${Math.round(m.rss / 2 ** 20)} MB`; };
const chats: string[] = [];
for (let i = 0; i < 500; i++) { const r = await fetch(`${url}/chat.create`, { method: 'POST', headers: h, body: JSON.stringify({ json: {} }) }); chats.push((await r.json()).result.data.json.chatId); }
console.log('start', mem());
let n = 0; const total = 6000; const v8 = await import("node:v8");
async function worker() { while (n < total) { const i = n++; const q = qs[i % qs.length]; await (await fetch(`${url}/chat.send`, { method: 'POST', headers: h, body: JSON.stringify({ json: { chatId: chats[i % 500], text: q.question, asOf: q.as_of } }) })).text(); } }
for (let step = 0; step < 3; step++) { const target = (step + 1) * 1000; const runUntil = async () => { while (n < target) { const i = n++; const q = qs[i % qs.length]; await (await fetch(`${url}/chat.send`, { method: 'POST', headers: h, body: JSON.stringify({ json: { chatId: chats[i % 500], text: q.question, asOf: q.as_of } }) })).text(); } }; await Promise.all(Array.from({ length: 10 }, runUntil)); console.log(n, mem()); }
(globalThis as any).gc(); v8.writeHeapSnapshot('/tmp/leak/h.heapsnapshot'); console.log('snapshot written'); await running.stop();
