import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFeedFetch, feedFetch, FeedFetchRefused, InternalAddressError, isInternalAddress } from "./feed-fetch.js";

describe("isInternalAddress", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "0.0.0.0",
    "10.1.2.3",
    "100.64.0.1",
    "169.254.169.254",
    "172.16.0.1",
    "172.31.255.254",
    "192.168.1.20",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:7f00:1",
    "::7f00:1",
    "::127.0.0.1",
    "::ffff:0:7f00:1",
    "64:ff9b::a9fe:a9fe",
    "64:ff9b::7f00:1",
    "64:ff9b::10.1.2.3",
    "64:ff9b:1::808:808",
    "2002:7f00:1::",
    "2002:c0a8:101::1",
    "fec0::1",
    "100::1",
  ])("refuses %s", (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it.each([
    "93.184.215.14",
    "172.32.0.1",
    "8.8.8.8",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
    "2a01:e0a::1",
    "example.org",
  ])("lets %s through", (address) => {
    expect(isInternalAddress(address)).toBe(false);
  });
});

/** A feed on this machine: what an officer could point the veille at to read internal services. */
let server: Server;
let port = 0;
let requests = 0;
beforeAll(async () => {
  server = createServer((_req, res) => {
    requests += 1;
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end("<rss/>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe("feedFetch", () => {
  it.each([
    ["an IPv4 address", () => `http://127.0.0.1:${port}/flux.xml`, "127.0.0.1"],
    ["an IPv6 address", () => `http://[::1]:${port}/flux.xml`, "::1"],
    ["a name that resolves to this machine", () => `http://localhost:${port}/flux.xml`, "localhost"],
  ])("refuses %s before any request is sent", async (_label, url, host) => {
    const before = requests;
    const error = await feedFetch(url()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalAddressError);
    expect((error as Error).message).toBe(
      `L'adresse du flux mène à une machine interne (${host}) : par sécurité, la veille ne relève que des sites publics.`,
    );
    expect(requests).toBe(before);
  });

  it("checks every redirect: to an internal address, to a non-web scheme, or more than five", async () => {
    const asked: string[] = [];
    const redirectTo = (target: (url: URL) => string) =>
      createFeedFetch(async (url) => {
        asked.push(url.href);
        return new Response(null, { status: 302, headers: { location: target(url) } });
      });

    await expect(
      redirectTo(() => "http://169.254.169.254/latest/meta-data/")("https://flux.example.org/a.xml"),
    ).rejects.toThrow(new InternalAddressError("169.254.169.254"));
    expect(asked).toEqual(["https://flux.example.org/a.xml"]);

    asked.length = 0;
    await expect(redirectTo(() => "file:///etc/passwd")("https://flux.example.org/a.xml")).rejects.toThrow(
      "Le flux redirige vers une adresse qui n'est pas web (file:) : il n'a pas été lu.",
    );

    asked.length = 0;
    const endless = redirectTo((url) => `/${url.pathname.length}`);
    const error = await endless("https://flux.example.org/a.xml").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedFetchRefused);
    expect((error as Error).message).toBe("Le flux redirige plus de 5 fois de suite : il n'a pas été lu.");
    expect(asked).toHaveLength(6);
  });

  it("follows a redirect between public addresses and answers the last response", async () => {
    const asked: string[] = [];
    const fetch = createFeedFetch(async (url) => {
      asked.push(url.href);
      return url.pathname === "/ancien.xml"
        ? new Response(null, { status: 301, headers: { location: "/nouveau.xml" } })
        : new Response("<rss/>", { status: 200 });
    });
    const response = await fetch("https://flux.example.org/ancien.xml");
    expect(await response.text()).toBe("<rss/>");
    expect(asked).toEqual(["https://flux.example.org/ancien.xml", "https://flux.example.org/nouveau.xml"]);
  });
});
