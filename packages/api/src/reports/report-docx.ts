import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { Lexer, type Token, type Tokens } from "marked";
import {
  eventKindLabels,
  networkKindLabels,
  projectStatusLabels,
  projectThemeLabels,
  publicationKindLabels,
} from "@cvv/domain/labels";
import {
  defaultReportSections,
  formatEuros,
  formatNumber,
  keyFigures,
  missingValueNotice,
  MISSING_VALUE,
  reportNotices,
  targetStatus,
  targetStatusLabels,
} from "@cvv/domain/reports";
import { NARRATIVE_EMPTY, type ReportView } from "./report-template.js";

/**
 * The editable version for the communication department: the same parts and numbers as the PDF,
 * in Word's own heading styles (so its navigation pane and table of contents work) and real
 * tables; charts are given by their tables, which Word users restyle as they like.
 */
const label = (labels: Record<string, string>, key: string) => labels[key] ?? key;
const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
const formatDate = (iso: string) => dateFormat.format(new Date(iso));

const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading });
const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const notice = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });

function table(head: string[], rows: string[][]): Table {
  const cell = (text: string, header: boolean) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((t) => cell(t, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((t) => cell(t, false)) })),
    ],
  });
}

const caption = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });

function inlineRuns(tokens: Token[] | undefined, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return (tokens ?? []).flatMap((token): TextRun[] => {
    switch (token.type) {
      case "strong":
        return inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true });
      case "em":
        return inlineRuns((token as Tokens.Em).tokens, { ...style, italics: true });
      case "link": {
        const link = token as Tokens.Link;
        return [...inlineRuns(link.tokens, style), new TextRun({ text: ` (${link.href})`, ...style })];
      }
      case "br":
        return [new TextRun({ text: "", break: 1 })];
      default:
        return [new TextRun({ text: "text" in token ? String(token.text) : token.raw, ...style })];
    }
  });
}

/** Markdown as Word paragraphs: headings one level under the part's, lists as bullets. */
function narrative(body: string): Paragraph[] {
  if (!body.trim()) return [notice(NARRATIVE_EMPTY)];
  const levels = [HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];
  return new Lexer().lex(body).flatMap((token): Paragraph[] => {
    switch (token.type) {
      case "heading": {
        const heading = token as Tokens.Heading;
        return [
          new Paragraph({ heading: levels[Math.min(heading.depth, 3) - 1], children: inlineRuns(heading.tokens) }),
        ];
      }
      case "paragraph":
        return [new Paragraph({ children: inlineRuns((token as Tokens.Paragraph).tokens) })];
      case "list":
        return (token as Tokens.List).items.map(
          (item) =>
            new Paragraph({
              numbering: { reference: (token as Tokens.List).ordered ? "ordered" : "bullets", level: 0 },
              children: inlineRuns(item.tokens.flatMap((t) => ("tokens" in t && t.tokens ? t.tokens : [t]))),
            }),
        );
      case "space":
        return [];
      default:
        return [p(token.raw.trim())];
    }
  });
}

export async function renderReportDocx(view: ReportView): Promise<Buffer> {
  const { data } = view;
  const y = data.year;
  const notices = reportNotices(data);
  const sections = new Map(data.sections.map((s) => [s.key, s]));
  const narrativePart = (key: string) => {
    const section = sections.get(key);
    const title = section?.title ?? defaultReportSections.find((s) => s.key === key)?.title ?? key;
    return [h(title, HeadingLevel.HEADING_1), ...narrative(section?.body ?? "")];
  };
  const figures = keyFigures(data);
  const participants = data.events.reduce((a, e) => a + (e.attended || e.registrations), 0);
  const known = new Set<string>(defaultReportSections.map((s) => s.key));

  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ children: [new TextRun({ text: data.programme.name, size: 28 })] }),
    new Paragraph({ text: view.title, heading: HeadingLevel.TITLE }),
    p(`Bilan de l'année ${y}`),
    p(`Chiffres arrêtés le ${formatDate(data.generatedAt)} (version ${view.snapshotNumber})`),
    new Paragraph({ children: [new PageBreak()] }),
    new TableOfContents("Sommaire", { hyperlink: true, headingStyleRange: "1-2" }),
    new Paragraph({ children: [new PageBreak()] }),
    ...narrativePart("introduction"),

    h("Chiffres clés", HeadingLevel.HEADING_1),
    ...(notices.noData ? [notice(notices.noData)] : []),
    caption(`Chiffres clés ${y}`),
    table(
      ["Indicateur", "Valeur"],
      figures.map((f) => [f.label, f.text]),
    ),

    ...narrativePart("faits-marquants"),

    h("Avancement des projets", HeadingLevel.HEADING_1),
    ...(notices.projects
      ? [notice(notices.projects)]
      : [
          caption(`Projets en cours en ${y} : statut, jalons et financements`),
          table(
            ["Projet", "Commune", "Statut", `Jalons atteints en ${y}`, "Financements engagés", "Financements versés"],
            data.projects.map((pr) => [
              pr.title,
              pr.communeName,
              label(projectStatusLabels, pr.status),
              pr.milestonesDue || pr.milestonesReached.length
                ? `${formatNumber(pr.milestonesReached.length)} sur ${formatNumber(Math.max(pr.milestonesDue, pr.milestonesReached.length))}`
                : "aucun jalon prévu",
              formatEuros(pr.committedCents),
              formatEuros(pr.paidCents),
            ]),
          ),
        ]),

    h("Indicateurs et cibles", HeadingLevel.HEADING_1),
    ...(notices.indicators
      ? [notice(notices.indicators)]
      : data.indicators.flatMap((indicator) => {
          const missing = missingValueNotice(indicator, y);
          const format = (v: number | null) =>
            v === null ? MISSING_VALUE : `${formatNumber(v)} ${indicator.unit}`.trim();
          return [
            h(indicator.name, HeadingLevel.HEADING_2),
            p(
              `Valeur ${y} : ${format(indicator.series.find((s) => s.year === y)?.value ?? null)}${
                indicator.target ? ` — cible ${indicator.target.period} : ${format(indicator.target.value)}` : ""
              } — ${targetStatusLabels[targetStatus(indicator, y)]}.`,
            ),
            ...(missing ? [notice(missing)] : []),
            caption(`${indicator.name} : valeurs par année et cible`),
            table(
              ["Année", "Valeur", "Cible"],
              indicator.series.map((s) => [
                String(s.year),
                format(s.value),
                indicator.target && indicator.target.period.startsWith(String(s.year))
                  ? format(indicator.target.value)
                  : "—",
              ]),
            ),
          ];
        })),

    h("Événements et participation", HeadingLevel.HEADING_1),
    ...(notices.events
      ? [notice(notices.events)]
      : [
          p(
            `${formatNumber(data.events.length)} événement(s) tenu(s) en ${y}, ${formatNumber(participants)} participant(s).`,
          ),
          caption(`Événements tenus en ${y}`),
          table(
            ["Événement", "Type", "Date", "Commune", "Inscrits", "Présents"],
            data.events.map((e) => [
              e.title,
              label(eventKindLabels, e.kind),
              formatDate(e.startsAt),
              e.communeName ?? "—",
              formatNumber(e.registrations),
              formatNumber(e.attended),
            ]),
          ),
        ]),

    h("Publications", HeadingLevel.HEADING_1),
    ...(notices.publications
      ? [notice(notices.publications)]
      : [
          caption(`Publications mises en ligne en ${y}`),
          table(
            ["Titre", "Type", "Date de publication"],
            data.publications.map((pub) => [
              pub.title,
              label(publicationKindLabels, pub.kind),
              formatDate(pub.publishedAt),
            ]),
          ),
        ]),

    h("Activité du réseau", HeadingLevel.HEADING_1),
    ...(notices.networks
      ? [notice(notices.networks)]
      : [
          caption(`Réseaux : membres et réunions en ${y}`),
          table(
            ["Réseau", "Type", "Membres", `Réunions en ${y}`],
            data.networks.map((n) => [
              n.name,
              label(networkKindLabels, n.kind),
              formatNumber(n.members),
              formatNumber(n.meetings),
            ]),
          ),
        ]),

    h("Artisanat et métiers d'avenir", HeadingLevel.HEADING_1),
    ...(notices.crafts
      ? [notice(notices.crafts)]
      : [
          ...(data.crafts.projects.length
            ? [
                h("Projets", HeadingLevel.HEADING_2),
                table(
                  ["Projet", "Commune", "Thèmes"],
                  data.crafts.projects.map((c) => [
                    c.title,
                    c.communeName,
                    c.themes.map((t) => label(projectThemeLabels, t)).join(", "),
                  ]),
                ),
              ]
            : []),
          ...(data.crafts.events.length
            ? [
                h("Événements", HeadingLevel.HEADING_2),
                ...data.crafts.events.map((e) => p(`${e.title} (${formatDate(e.startsAt)})`)),
              ]
            : []),
          ...(data.crafts.publications.length
            ? [h("Publications", HeadingLevel.HEADING_2), ...data.crafts.publications.map((c) => p(c.title))]
            : []),
        ]),
    h(sections.get("artisanat")?.title ?? "Artisanat et métiers d'avenir", HeadingLevel.HEADING_2),
    ...narrative(sections.get("artisanat")?.body ?? ""),
    ...data.sections
      .filter((s) => !known.has(s.key))
      .flatMap((s) => [h(s.title, HeadingLevel.HEADING_1), ...narrative(s.body)]),
    ...narrativePart("perspectives"),
  ];

  const doc = new Document({
    creator: data.programme.name,
    title: view.title,
    description: `Bilan annuel ${y} du programme ${data.programme.name}`,
    features: { updateFields: true },
    numbering: {
      config: [
        {
          reference: "bullets",
          levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT }],
        },
        {
          reference: "ordered",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
