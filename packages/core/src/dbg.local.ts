import Database from 'better-sqlite3';
import { OfflineSqlGenerator } from '/work/wt/sem/packages/core/src/generate/offline/OfflineSqlGenerator';
import { scanMentions } from '/work/wt/sem/packages/core/src/generate/offline/parse/scanMentions';
import { expandShorthand } from '/work/wt/sem/packages/core/src/generate/offline/text/expandShorthand';
const db = new Database('/tmp/sem.db', { readonly: true });
const gen = OfflineSqlGenerator.create({ db });
const g = gen as any;
for (const q of process.argv.slice(2)) {
  const text = expandShorthand(q, { vocabulary: g.vocabulary, isDataWord: g.isDataWord }).text;
  const scan = scanMentions(text, g.index, '2024-07-15');
  console.log('Q:', q, '=>', text);
  console.log('  tokens:', scan.tokens.map((t: any) => t.norm).join(' '));
  for (const m of scan.mentions) console.log('  ', m.start, m.end, JSON.stringify(m).slice(0, 200));
  console.log('  ignored:', scan.ignored, 'unknownTopics', scan.unknownTopics);
  const r = gen.generateSync({ question: q, history: [], asOf: '2024-07-15' });
  console.log('  ->', r.kind, JSON.stringify((r as any).understanding?.request ?? (r as any).message ?? '').slice(0, 600));
  if (r.kind === 'sql') console.log('  ', r.interpretation.slice(0, 300));
}
