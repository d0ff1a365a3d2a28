import { readFileSync } from "node:fs";
import autocannon from "autocannon";

/**
 * One autocannon run, in a process of its own so that the load generator does not share the
 * servers' event loop (portal-api.bench.ts spawns it). Reads its settings from the JSON file
 * named as first argument and prints the figures as one line of JSON.
 *
 * Written in erasable TypeScript only: Node runs it as it is, without a build.
 */
interface LoadSettings {
  url: string;
  paths: string[];
  connections: number;
  durationSeconds: number;
  timeoutSeconds: number;
}

const settings = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as LoadSettings;
// One counter over every connection: consecutive requests ask for different records, so no
// connection hammers the same row and the database's caches do not make the work trivial.
let next = 0;
const result = await autocannon({
  url: settings.url,
  connections: settings.connections,
  pipelining: 1,
  timeout: settings.timeoutSeconds,
  duration: settings.durationSeconds,
  requests: [
    {
      method: "GET",
      setupRequest: (request) => ({ ...request, path: settings.paths[next++ % settings.paths.length]! }),
    },
  ],
});
process.stdout.write(
  `${JSON.stringify({
    // Completed requests over the whole run: with answers slower than a second, the mean of the
    // per-second samples would count the first seconds, before any answer, as zeros.
    requestsPerSecond: result.requests.total / settings.durationSeconds,
    total: result.requests.total,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMean: result.latency.mean,
    bytesPerSecond: result.throughput.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  })}\n`,
);
