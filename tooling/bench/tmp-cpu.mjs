import pg from "pg";
import { readFileSync } from "node:fs";
const [, , db, settings, ...files] = process.argv;
const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${db}` });
await client.connect();
if (settings) await client.query(settings);
const pid = (await client.query("select pg_backend_pid() as p")).rows[0].p;
const cpu = () => { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
const N = Number(process.env.N ?? 8);
for (const file of files) await client.query(readFileSync(file, "utf8")); // warm-up
const out = {};
for (let i = 0; i < N; i++) for (const file of files) {
  const sql = readFileSync(file, "utf8");
  const c0 = cpu(), t0 = performance.now();
  const r = await client.query(sql);
  const t = performance.now() - t0, c = cpu() - c0;
  (out[file] ??= { wall: [], cpu: 0, rows: r.rowCount }).wall.push(t); out[file].cpu += c;
}
for (const [f, o] of Object.entries(out)) { const w = o.wall.sort((a, b) => a - b); console.log(`${f.padEnd(28)} rows ${o.rows}  wall min ${w[0].toFixed(0)} med ${w[Math.floor(w.length/2)].toFixed(0)}  cpu/query ${(o.cpu / N).toFixed(0)} ms`); }
await client.end();
