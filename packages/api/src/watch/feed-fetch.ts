import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { BlockList, isIP } from "node:net";
import { Agent, fetch as undiciFetch } from "undici";

/**
 * The addresses a watched feed must never lead to: the server's own machine and the networks
 * behind it (a cloud's metadata service, the database, an intranet). Officers type feed addresses,
 * and the server would otherwise fetch whatever they point at and store what it reads.
 */
const internal = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  internal.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  // Loopback, unspecified, and the deprecated IPv4-compatible form (::a.b.c.d).
  ["::", 96],
  ["::ffff:0:0:0", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  internal.addSubnet(network, prefix, "ipv6");
}

/** The eight 16-bit groups of an IPv6 address, a trailing dotted IPv4 part included. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, "");
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const part = (s: string | undefined) => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const left = part(head);
  const right = part(tail);
  return tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
}

const ipv4Of = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

/**
 * The IPv4 address an IPv6 one carries to reach it: NAT64's well-known prefix (64:ff9b::/96,
 * what DNS64 answers for an IPv4-only name) and 6to4 (2002::/16). A private IPv4 address behind
 * either is as internal as itself.
 */
function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return ipv4Of(g[6]!, g[7]!);
  if (g[0] === 0x2002) return ipv4Of(g[1]!, g[2]!);
  return null;
}

/** Whether an IP address (v4, v6, or v4 carried by v6) belongs to the machine or a private network. */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return internal.check(address, "ipv4");
  if (internal.check(address, "ipv6")) return true;
  const carried = embeddedIpv4(address);
  return carried !== null && internal.check(carried, "ipv4");
}

/** A feed not fetched on purpose; the message is the French reason shown to officers. */
export class FeedFetchRefused extends Error {}

export class InternalAddressError extends FeedFetchRefused {
  readonly host: string;
  constructor(host: string) {
    super(
      `L'adresse du flux mène à une machine interne (${host}) : par sécurité, la veille ne relève que des sites publics.`,
    );
    this.host = host;
  }
}

export const MAX_REDIRECTS = 5;

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Resolves as the system does, then refuses if any address is internal: the check happens on the
 * address actually connected to, so a name that resolves differently a second time (DNS
 * rebinding) gains nothing.
 */
function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    if (addresses.some((a) => isInternalAddress(a.address))) {
      return callback(new InternalAddressError(hostname) as NodeJS.ErrnoException, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname}: no address`), { code: "ENOTFOUND" }), []);
    callback(null, first.address, first.family);
  });
}

let agent: Agent | null = null;
const guardedAgent = () => (agent ??= new Agent({ connect: { lookup: guardedLookup } }));

/** The host of a URL as an address when it is one ("[::1]" → "::1"). */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");

/** The InternalAddressError behind a fetch failure, which undici wraps in a TypeError's cause. */
function internalCause(error: unknown): InternalAddressError | null {
  for (let e = error; e; e = (e as { cause?: unknown }).cause) {
    if (e instanceof InternalAddressError) return e;
  }
  return null;
}

type FetchOnce = (url: URL, init: RequestInit) => Promise<Response>;

/** One request, through the agent whose lookup refuses internal addresses; no redirect followed. */
const guardedFetchOnce: FetchOnce = async (url, init) => {
  try {
    return (await undiciFetch(url, {
      ...(init as Parameters<typeof undiciFetch>[1]),
      redirect: "manual",
      dispatcher: guardedAgent(),
    })) as unknown as Response;
  } catch (error) {
    throw internalCause(error) ?? error;
  }
};

/**
 * `fetch` for watched feeds. Redirects are followed by hand (5 at most) so that each hop is
 * checked: an address written as an IP is refused before connecting, a name when it resolves.
 * A refusal rejects with a FeedFetchRefused, whose message is the French reason. `fetchOnce` is
 * replaced only by tests of the redirect rules.
 */
export function createFeedFetch(fetchOnce: FetchOnce = guardedFetchOnce): typeof globalThis.fetch {
  return async (input, init = {}) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    for (let hop = 0; ; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new FeedFetchRefused(
          hop === 0
            ? `L'adresse du flux n'est pas une adresse web (${url.protocol}) : il n'a pas été lu.`
            : `Le flux redirige vers une adresse qui n'est pas web (${url.protocol}) : il n'a pas été lu.`,
        );
      }
      if (isInternalAddress(hostOf(url))) throw new InternalAddressError(hostOf(url));
      const response = await fetchOnce(url, init);
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || response.status === 304 || !location) return response;
      await response.body?.cancel().catch(() => undefined);
      if (hop >= MAX_REDIRECTS) {
        throw new FeedFetchRefused(`Le flux redirige plus de ${MAX_REDIRECTS} fois de suite : il n'a pas été lu.`);
      }
      url = new URL(location, url);
    }
  };
}

export const feedFetch = createFeedFetch();
