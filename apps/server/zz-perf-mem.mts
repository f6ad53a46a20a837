const mb = (n: number) => (n / 2 ** 20).toFixed(1);
const show = (label: string) => {
  (globalThis as any).gc?.();
  const m = process.memoryUsage();
  console.log(
    label.padEnd(20),
    'rss',
    mb(m.rss),
    'heapUsed',
    mb(m.heapUsed),
    'heapTotal',
    mb(m.heapTotal),
    'ext',
    mb(m.external),
    'ab',
    mb(m.arrayBuffers),
  );
};
show('start');
await import('pino');
show('pino');
const db = await import('@musaeid/db');
show('db');
await import('/work/main/apps/server/src/root.ts');
show('root');
await import('/work/main/apps/server/src/http.ts');
show('http');
const core = await import('@musaeid/core');
show('core import');
const e = await core.Engine.create({ dbFile: '/tmp/perf/bench.db' });
show('engine');
await e.ask('How many events are there?');
show('ask');
