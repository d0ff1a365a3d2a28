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
  missingYears,
  reportNotices,
  targetStatus,
  targetStatusLabels,
  type ReportData,
  type ReportIndicator,
} from "@cvv/domain/reports";
import { renderMarkdown } from "../shared/markdown.js";

/**
 * The one template of the annual report: the PDF is this HTML printed by Chromium, the portal
 * page shows its body. Semantic HTML only (headings in order, tables with captions and scoped
 * headers, charts as SVG with a title, a description and a table of the same numbers), so
 * Chromium's tagged PDF carries the structure a screen reader needs.
 */
export interface ReportView {
  title: string;
  snapshotNumber: number;
  data: ReportData;
}

const esc = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const label = <K extends string>(labels: Record<K, string>, key: string): string =>
  (labels as Record<string, string>)[key] ?? key;

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
const formatDate = (iso: string) => dateFormat.format(new Date(iso));

/** Markdown headings start at h2 (the page's h1 is the title); inside a section they go one lower. */
function narrative(body: string): string {
  const html = renderMarkdown(body);
  return html.replace(/<(\/?)h([2-5])>/g, (_m, slash: string, level: string) => `<${slash}h${Number(level) + 1}>`);
}

export const NARRATIVE_EMPTY = "Cette partie n'a pas été rédigée pour cette version du bilan.";

interface Part {
  id: string;
  title: string;
  html: string;
}

/**
 * `layout` (a class name and each column's share of the width) fixes the columns of a long
 * table: Chromium then lays rows out without measuring every cell, and the titles get the room
 * to stay on one line instead of three (the 2,000-project table went from 142 pages to about 45).
 */
function table(
  caption: string,
  head: string[],
  rows: string[][],
  numericFrom = 99,
  layout?: { className: string; widths: number[] },
): string {
  const th = head.map((h, i) => `<th scope="col"${i >= numericFrom ? ' class="num"' : ""}>${esc(h)}</th>`).join("");
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells
          .map((c, i) =>
            i === 0 ? `<th scope="row">${c}</th>` : `<td${i >= numericFrom ? ' class="num"' : ""}>${c}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("");
  const open = layout
    ? `<table class="${layout.className}"><caption>${esc(caption)}</caption><colgroup>${layout.widths
        .map((w) => `<col style="width:${w}%">`)
        .join("")}</colgroup>`
    : `<table><caption>${esc(caption)}</caption>`;
  return `${open}<thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

const notice = (text: string) => `<p class="notice">${esc(text)}</p>`;

function formatValue(value: number | null, unit: string): string {
  return value === null ? MISSING_VALUE : `${formatNumber(value)}${unit ? `\u00a0${esc(unit)}` : ""}`;
}

/**
 * A bar per year, the target as a dashed line; every number is also written on the chart. Small
 * enough to sit beside its table: with 300 indicators, a chart a page wide made the report 180
 * pages longer, and every page costs printing time.
 */
function indicatorChart(indicator: ReportIndicator, year: number, id: string): string {
  const width = 330;
  const height = 136;
  const left = 8;
  const bottom = 116;
  const top = 22;
  const values = indicator.series.map((p) => p.value).filter((v): v is number => v !== null);
  const max = Math.max(...values, indicator.target?.value ?? 0, 0) || 1;
  const min = Math.min(...values, 0);
  const scale = (v: number) => bottom - ((v - min) / (max - min || 1)) * (bottom - top);
  const slot = (width - left * 2) / Math.max(indicator.series.length, 1);
  const bars = indicator.series
    .map((point, i) => {
      const x = left + i * slot + slot * 0.2;
      const w = slot * 0.6;
      const yearLabel = `<text x="${x + w / 2}" y="${bottom + 14}" text-anchor="middle" class="axis" font-size="10" fill="#1a1a1a">${point.year}</text>`;
      if (point.value === null) {
        return `<text x="${x + w / 2}" y="${bottom - 6}" text-anchor="middle" class="missing" font-size="10" font-style="italic" fill="#8a4b00">n.d.</text>${yearLabel}`;
      }
      const y = scale(Math.max(point.value, 0));
      const y0 = scale(Math.min(point.value, 0));
      const cls = point.year === year ? "bar current" : "bar";
      return `<rect x="${x}" y="${y}" width="${w}" height="${Math.max(y0 - y, 1)}" class="${cls}" fill="${point.year === year ? "#0b3d62" : "#6a8fb0"}"/><text x="${x + w / 2}" y="${y - 4}" text-anchor="middle" class="value" font-size="10" fill="#1a1a1a">${esc(formatNumber(point.value))}</text>${yearLabel}`;
    })
    .join("");
  const target = indicator.target
    ? `<line x1="${left}" x2="${width - left}" y1="${scale(indicator.target.value)}" y2="${scale(indicator.target.value)}" class="target" stroke="#8a4b00" stroke-width="2" stroke-dasharray="6 4"/><text x="${width - left}" y="${scale(indicator.target.value) - 4}" text-anchor="end" class="target-label" font-size="10" font-weight="bold" fill="#8a4b00">Cible ${esc(indicator.target.period)} : ${esc(formatNumber(indicator.target.value))}</text>`
    : "";
  const title = `${indicator.name} de ${indicator.series[0]?.year ?? year} à ${year}`;
  const points = indicator.series
    .map((p) => `${p.year} : ${p.value === null ? MISSING_VALUE : `${formatNumber(p.value)} ${indicator.unit}`.trim()}`)
    .join(" ; ");
  const missing = missingYears(indicator);
  const desc = `Diagramme en barres, une barre par année. ${points}.${
    indicator.target
      ? ` Cible ${indicator.target.period} : ${formatNumber(indicator.target.value)} ${indicator.unit}.`
      : " Aucune cible fixée."
  }${missing.length ? ` Valeur non disponible pour ${missing.join(", ")}.` : ""}`;
  return `<figure class="chart"><svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc><line x1="${left}" x2="${width - left}" y1="${bottom}" y2="${bottom}" class="axis-line" stroke="#404040" stroke-width="1"/>${bars}${target}</svg><figcaption>${esc(title)} (${esc(indicator.unit || "sans unité")}). Les valeurs sont reprises dans le tableau.</figcaption></figure>`;
}

function indicatorBlock(indicator: ReportIndicator, year: number, index: number): string {
  const status = targetStatus(indicator, year);
  const current = indicator.series.find((p) => p.year === year)?.value ?? null;
  const missing = missingValueNotice(indicator, year);
  const id = `indicateur-${index + 1}`;
  const rows = indicator.series.map((p) => [
    String(p.year),
    formatValue(p.value, indicator.unit),
    indicator.target && indicator.target.period.startsWith(String(p.year))
      ? formatValue(indicator.target.value, indicator.unit)
      : "—",
  ]);
  return `<section class="indicator" aria-labelledby="${id}"><h3 id="${id}">${esc(indicator.name)}</h3>
<p>Valeur ${year} : <strong>${formatValue(current, indicator.unit)}</strong>${
    indicator.baseline !== null ? ` — situation de départ : ${formatValue(indicator.baseline, indicator.unit)}` : ""
  }${
    indicator.target
      ? ` — cible ${esc(indicator.target.period)} : ${formatValue(indicator.target.value, indicator.unit)}`
      : ""
  } — <span class="status">${esc(targetStatusLabels[status])}</span>.</p>
${missing ? notice(missing) : ""}
<div class="indicator-body">${indicatorChart(indicator, year, id)}
${table(`${indicator.name} : valeurs par année et cible`, ["Année", "Valeur", "Cible"], rows, 1)}</div></section>`;
}

/**
 * The milestones reached are named in the project's own row rather than in a list after the
 * table: the same words, but 2,000 list items fewer for Chromium to lay out and tag, and each
 * milestone read beside its project.
 */
function milestonesCell(p: ReportData["projects"][number]): string {
  if (!p.milestonesDue && !p.milestonesReached.length) return "aucun jalon prévu";
  const count = `${formatNumber(p.milestonesReached.length)} sur ${formatNumber(Math.max(p.milestonesDue, p.milestonesReached.length))}`;
  const names = p.milestonesReached
    .map((m) => `${esc(m.title)} (${esc(formatDate(`${m.completedOn}T12:00:00Z`))})`)
    .join(" ; ");
  return names ? `${count} : ${names}` : count;
}

/** The report's parts in reading order, each with its anchor for the table of contents. */
function parts(view: ReportView): Part[] {
  const { data } = view;
  const y = data.year;
  const notices = reportNotices(data);
  const sections = new Map(data.sections.map((s) => [s.key, s]));
  const narrativePart = (key: string, fallbackTitle: string): Part => {
    const section = sections.get(key);
    return {
      id: key,
      title: section?.title ?? fallbackTitle,
      html: section?.body.trim() ? `<div class="narrative">${narrative(section.body)}</div>` : notice(NARRATIVE_EMPTY),
    };
  };
  const defaultTitle = (key: string) => defaultReportSections.find((s) => s.key === key)?.title ?? key;

  const figures = keyFigures(data);
  const summary: Part = {
    id: "chiffres-cles",
    title: "Chiffres clés",
    html: `${notices.noData ? notice(notices.noData) : ""}<ul class="key-figures">${figures
      .map(
        (f) => `<li><span class="figure">${esc(f.text)}</span> <span class="figure-label">${esc(f.label)}</span></li>`,
      )
      .join("")}</ul>${table(
      `Chiffres clés ${y}`,
      ["Indicateur", "Valeur"],
      figures.map((f) => [esc(f.label), esc(f.text)]),
      1,
    )}`,
  };

  const projects: Part = {
    id: "projets",
    title: "Avancement des projets",
    html: notices.projects
      ? notice(notices.projects)
      : `${table(
          `Projets en cours en ${y} : statut, jalons et financements`,
          ["Projet", "Commune", "Statut", "Jalons atteints en " + y, "Financements engagés", "Financements versés"],
          data.projects.map((p) => [
            esc(p.title),
            esc(p.communeName),
            esc(label(projectStatusLabels, p.status)),
            milestonesCell(p),
            esc(formatEuros(p.committedCents)),
            esc(formatEuros(p.paidCents)),
          ]),
          4,
          { className: "projects", widths: [25, 13, 10, 24, 14, 14] },
        )}${
          data.projects.some((p) => p.milestonesReached.length) ? "" : `<p>Aucun jalon n'a été atteint en ${y}.</p>`
        }`,
  };

  const indicators: Part = {
    id: "indicateurs",
    title: "Indicateurs et cibles",
    html: notices.indicators
      ? notice(notices.indicators)
      : `<p>Valeurs approuvées et publiées, agrégées sur les communes du programme.</p>${data.indicators
          .map((indicator, i) => indicatorBlock(indicator, y, i))
          .join("")}`,
  };

  const participants = data.events.reduce((a, e) => a + (e.attended || e.registrations), 0);
  const events: Part = {
    id: "evenements",
    title: "Événements et participation",
    html: notices.events
      ? notice(notices.events)
      : `<p>${formatNumber(data.events.length)} événement(s) tenu(s) en ${y}, ${formatNumber(participants)} participant(s).</p>${table(
          `Événements tenus en ${y}`,
          ["Événement", "Type", "Date", "Commune", "Inscrits", "Présents"],
          data.events.map((e) => [
            esc(e.title),
            esc(label(eventKindLabels, e.kind)),
            esc(formatDate(e.startsAt)),
            esc(e.communeName ?? "—"),
            formatNumber(e.registrations),
            formatNumber(e.attended),
          ]),
          4,
        )}`,
  };

  const publications: Part = {
    id: "publications",
    title: "Publications",
    html: notices.publications
      ? notice(notices.publications)
      : table(
          `Publications mises en ligne en ${y}`,
          ["Titre", "Type", "Date de publication"],
          data.publications.map((p) => [
            esc(p.title),
            esc(label(publicationKindLabels, p.kind)),
            esc(formatDate(p.publishedAt)),
          ]),
        ),
  };

  const network: Part = {
    id: "reseau",
    title: "Activité du réseau",
    html: notices.networks
      ? notice(notices.networks)
      : `<p>${formatNumber(data.networks.reduce((a, n) => a + n.meetings, 0))} réunion(s) de réseau en ${y}.</p>${table(
          `Réseaux : membres et réunions en ${y}`,
          ["Réseau", "Type", "Membres", "Réunions en " + y],
          data.networks.map((n) => [
            esc(n.name),
            esc(label(networkKindLabels, n.kind)),
            formatNumber(n.members),
            formatNumber(n.meetings),
          ]),
          2,
        )}`,
  };

  const craftNarrative = narrativePart("artisanat", defaultTitle("artisanat"));
  const crafts: Part = {
    id: "artisanat-metiers-avenir",
    title: "Artisanat et métiers d'avenir",
    html: `<p>Seconde main, économie de la réparation, production locale, artisanat et métiers d'art.</p>${
      notices.crafts
        ? notice(notices.crafts)
        : `${
            data.crafts.projects.length
              ? `<h3 id="artisanat-projets">Projets</h3>${table(
                  "Projets consacrés à l'artisanat et aux métiers d'avenir",
                  ["Projet", "Commune", "Thèmes"],
                  data.crafts.projects.map((p) => [
                    esc(p.title),
                    esc(p.communeName),
                    esc(p.themes.map((t) => label(projectThemeLabels, t)).join(", ")),
                  ]),
                )}`
              : `<p>Aucun projet consacré à ces thèmes en ${y}.</p>`
          }${
            data.crafts.events.length
              ? `<h3 id="artisanat-evenements">Événements</h3><ul>${data.crafts.events
                  .map((e) => `<li>${esc(e.title)} (${esc(formatDate(e.startsAt))})</li>`)
                  .join("")}</ul>`
              : ""
          }${
            data.crafts.publications.length
              ? `<h3 id="artisanat-publications">Publications</h3><ul>${data.crafts.publications
                  .map((p) => `<li>${esc(p.title)}</li>`)
                  .join("")}</ul>`
              : ""
          }`
    }<h3 id="artisanat-texte">${esc(craftNarrative.title)}</h3>${craftNarrative.html}`,
  };

  const known = new Set<string>(defaultReportSections.map((s) => s.key));
  const others = data.sections.filter((s) => !known.has(s.key)).map((s) => narrativePart(s.key, s.title));

  return [
    narrativePart("introduction", defaultTitle("introduction")),
    summary,
    narrativePart("faits-marquants", defaultTitle("faits-marquants")),
    projects,
    indicators,
    events,
    publications,
    network,
    crafts,
    ...others,
    narrativePart("perspectives", defaultTitle("perspectives")),
  ];
}

/** The report without its cover, for the portal page whose own h1 is the report's title. */
export function renderReportBody(view: ReportView): string {
  const list = parts(view);
  const toc = `<nav class="report-toc" aria-labelledby="sommaire"><h2 id="sommaire">Sommaire</h2><ol>${list
    .map((p) => `<li><a href="#${p.id}">${esc(p.title)}</a></li>`)
    .join("")}</ol></nav>`;
  return `${toc}${list
    .map(
      (p) =>
        `<section class="report-part" id="${p.id}" aria-labelledby="${p.id}-titre"><h2 id="${p.id}-titre">${esc(p.title)}</h2>${p.html}</section>`,
    )
    .join("\n")}`;
}

const css = `
@page { size: A4; margin: 18mm 16mm 20mm; }
* { box-sizing: border-box; }
body { font-variant-ligatures: none; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; margin: 0; }
h1, h2, h3, h4 { color: #0b3d62; line-height: 1.2; break-after: avoid; }
h1 { font-size: 26pt; margin: 0 0 12pt; }
h2 { font-size: 17pt; margin: 0 0 10pt; padding-bottom: 4pt; border-bottom: 2pt solid #0b3d62; }
h3 { font-size: 13pt; margin: 16pt 0 6pt; }
.cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; border-left: 10mm solid #0b3d62; padding-left: 12mm; }
.cover .programme { font-size: 14pt; text-transform: uppercase; letter-spacing: .05em; margin: 0 0 8pt; }
.cover .meta { margin: 4pt 0; }
.report-toc { break-after: page; }
.report-toc ol { font-size: 12pt; }
.report-part { break-before: page; }
.report-toc + .report-part { break-before: auto; }
table { border-collapse: collapse; width: 100%; margin: 8pt 0 12pt; font-size: 9.5pt; }
caption { text-align: left; font-weight: bold; margin-bottom: 4pt; }
th, td { border: 0.75pt solid #6b6b6b; padding: 3pt 5pt; text-align: left; vertical-align: top; }
thead th { background: #e3ecf3; }
thead { display: table-header-group; }
.num { text-align: right; }
.notice { border-left: 3pt solid #8a4b00; background: #fff4e5; padding: 6pt 8pt; }
.key-figures { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 8pt; }
.key-figures li { border: 1pt solid #0b3d62; padding: 8pt; }
.key-figures .figure { display: block; font-size: 16pt; font-weight: bold; color: #0b3d62; }
.indicator h3 { margin: 12pt 0 4pt; }
.indicator p { margin: 0 0 4pt; }
.indicator-body { display: flex; gap: 12pt; align-items: flex-start; break-inside: avoid; }
.indicator-body table { flex: 1; margin: 0; }
figure.chart { margin: 0; flex: none; width: 330px; }
table.projects { table-layout: fixed; font-size: 9pt; }
table.projects th, table.projects td { padding: 1.5pt 4pt; }
table.projects thead th { font-size: 8pt; }
figcaption { font-size: 9pt; color: #404040; }
svg .bar { fill: #6a8fb0; }
svg .bar.current { fill: #0b3d62; }
svg .axis-line { stroke: #404040; stroke-width: 1; }
svg .target { stroke: #8a4b00; stroke-width: 2; stroke-dasharray: 6 4; }
svg text { font-family: inherit; font-size: 10px; fill: #1a1a1a; }
svg .target-label { fill: #8a4b00; font-weight: bold; }
svg .missing { fill: #8a4b00; font-style: italic; }
a { color: #0b3d62; }
`;

/** The whole document, cover included, as Chromium prints it. */
export function renderReportHtml(view: ReportView): string {
  const { data } = view;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${esc(view.title)}</title>
<meta name="description" content="${esc(`Bilan annuel ${data.year} du programme ${data.programme.name}`)}">
<style>${css}</style>
</head>
<body>
<header class="cover">
<p class="programme">${esc(data.programme.name)}</p>
<h1>${esc(view.title)}</h1>
<p class="meta">Bilan de l'année ${data.year}</p>
<p class="meta">Chiffres arrêtés le ${esc(formatDate(data.generatedAt))} (version ${view.snapshotNumber})</p>
</header>
<main>
${renderReportBody(view)}
</main>
</body>
</html>`;
}
