import { messages } from "../messages.fr";

const c = messages.campaigns.page;

/**
 * The campaign's spreadsheets: templates to fill in (all the communes the reader sees, or one) and
 * the values entered so far. Plain links to the server's files: the browser downloads them with
 * the session cookie, like any page.
 */
export function CampaignDownloads({ campaignId, commune }: { campaignId: string; commune?: string | undefined }) {
  const base = `/api/campaigns/${campaignId}`;
  const only = commune ? `commune=${encodeURIComponent(commune)}` : "";
  const query = (...parts: string[]) => {
    const text = parts.filter(Boolean).join("&");
    return text ? `?${text}` : "";
  };
  return (
    <>
      <h3>{c.templates}</h3>
      <p>{commune ? c.templatesHelpCommune : c.templatesHelp}</p>
      <ul className="link-list">
        <li>
          <a href={`${base}/template.xlsx${query(only)}`} download>
            {c.templateXlsx}
          </a>
        </li>
        <li>
          <a href={`${base}/template.csv${query(only)}`} download>
            {c.templateCsv}
          </a>
        </li>
        <li>
          <a href={`${base}/template.csv${query("excel=1", only)}`} download>
            {c.templateCsvExcel}
          </a>
        </li>
      </ul>
      <h3>{c.exports}</h3>
      <ul className="link-list">
        <li>
          <a href={`${base}/values.xlsx${query(only)}`} download>
            {c.valuesXlsx}
          </a>
        </li>
        <li>
          <a href={`${base}/values.csv${query(only)}`} download>
            {c.valuesCsv}
          </a>
        </li>
      </ul>
    </>
  );
}
