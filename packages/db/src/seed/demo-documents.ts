import type { PrismaClient } from "../generated/prisma/client.js";

/** Where the demo's files go: the server's file store (under DATA_DIR/files), passed in by the caller. */
export interface DemoFileStore {
  put(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }>;
  remove(storageKey: string): Promise<void>;
}

interface DemoFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  note: string;
  depositedOn: string;
}

type WrittenFile = DemoFile & { storageKey: string; sha256: string };

/** A one-page PDF showing the given lines, small enough to read in any viewer. */
export function demoPdf(lines: readonly string[]): Buffer {
  // Helvetica's WinAnsi encoding holds French accents: Latin-1 bytes, with PDF's own escapes.
  const text = (line: string) =>
    Array.from(Buffer.from(line, "latin1"))
      .map((b) =>
        b === 0x28 || b === 0x29 || b === 0x5c
          ? `\\${String.fromCharCode(b)}`
          : b < 0x80
            ? String.fromCharCode(b)
            : `\\${b.toString(8)}`,
      )
      .join("");
  const content = ["BT", "/F1 12 Tf", "16 TL", "72 770 Td", ...lines.map((l) => `(${text(l)}) '`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const disclaimer = "Document de démonstration : contenu fictif.";

const demoDocuments: { title: string; description: string; versions: DemoFile[] }[] = [
  {
    title: "Convention de revitalisation du centre-ville",
    description: "Convention entre la Métropole du Grand Paris et la commune de Bondy, et ses avenants.",
    versions: [
      {
        fileName: "convention-revitalisation-bondy.pdf",
        mimeType: "application/pdf",
        bytes: demoPdf([
          "Convention de revitalisation du centre-ville de Bondy",
          "Entre la Métropole du Grand Paris et la commune de Bondy.",
          "Objet : requalification des abords du marché, accompagnement des commerçants.",
          disclaimer,
        ]),
        note: "Version signée",
        depositedOn: "2024-02-12",
      },
      {
        fileName: "convention-revitalisation-bondy-avenant-1.pdf",
        mimeType: "application/pdf",
        bytes: demoPdf([
          "Convention de revitalisation du centre-ville de Bondy : avenant n° 1",
          "Le calendrier des travaux des abords du marché est prolongé de six mois.",
          disclaimer,
        ]),
        note: "Avenant n° 1 : calendrier prolongé",
        depositedOn: "2024-09-30",
      },
    ],
  },
  {
    title: "Relevé des cellules commerciales",
    description: "Relevé de terrain du périmètre du centre-ville.",
    versions: [
      {
        fileName: "releve-cellules-commerciales-2025.csv",
        mimeType: "text/csv",
        bytes: Buffer.from(
          "rue;cellules;vacantes\r\nAvenue Gallieni;42;5\r\nRue Jules-Guesde;18;2\r\nPlace du marché;12;1\r\n",
          "utf8",
        ),
        note: disclaimer,
        depositedOn: "2025-10-15",
      },
    ],
  },
];

/**
 * Two documents on Bondy's demo project, one of them in two versions, so the documents section
 * has something to show and to download. Their files go through the file store like any upload;
 * nothing happens without the demo project, or once it has documents.
 */
export async function loadDemoDocuments(prisma: PrismaClient, files: DemoFileStore): Promise<number> {
  const project = await prisma.project.findFirst({
    select: { id: true },
    where: { isDemo: true, communeInseeCode: "93010" },
    orderBy: { title: "asc" },
  });
  if (!project) return 0;
  if ((await prisma.document.count({ where: { entity: "project", entityId: project.id } })) > 0) return 0;
  const officer = await prisma.user.findFirst({
    select: { id: true },
    where: { isDemo: true, role: "officer" },
    orderBy: { email: "asc" },
  });

  const written: string[] = [];
  try {
    const stored: { title: string; description: string; versions: WrittenFile[] }[] = [];
    for (const document of demoDocuments) {
      const versions: WrittenFile[] = [];
      for (const version of document.versions) {
        const { storageKey, sha256 } = await files.put(version.bytes);
        written.push(storageKey);
        versions.push({ ...version, storageKey, sha256 });
      }
      stored.push({ ...document, versions });
    }
    await prisma.$transaction(async (tx) => {
      for (const document of stored) {
        const fileIds: string[] = [];
        for (const version of document.versions) {
          const file = await tx.storedFile.create({
            select: { id: true },
            data: {
              fileName: version.fileName,
              mimeType: version.mimeType,
              sizeBytes: version.bytes.length,
              sha256: version.sha256,
              storageKey: version.storageKey,
              uploadedById: officer?.id ?? null,
            },
          });
          fileIds.push(file.id);
        }
        await tx.document.create({
          select: { id: true },
          data: {
            entity: "project",
            entityId: project.id,
            projectId: project.id,
            title: document.title,
            description: document.description,
            version: document.versions.length - 1,
            versions: {
              create: document.versions.map((version, i) => ({
                number: i + 1,
                fileId: fileIds[i]!,
                note: version.note,
                uploadedById: officer?.id ?? null,
                createdAt: new Date(`${version.depositedOn}T09:30:00Z`),
              })),
            },
          },
        });
      }
    });
  } catch (error) {
    // Files no record points to would never be found again, nor removed.
    await Promise.all(written.map((key) => files.remove(key)));
    throw error;
  }
  return demoDocuments.length;
}
