import { Link } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { messages } from "../messages.fr";

const m = messages.legal;

export default function LegalNoticePage() {
  return (
    <>
      <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: m.title }]} />
      <PageTitle title={m.title} description={m.description} />
      <div className="prose">
        <h2>{m.publisherHeading}</h2>
        <address>
          {m.publisherLines.map((line) => (
            <span key={line} className="address-line">
              {line}
            </span>
          ))}
        </address>
        <p>{m.siren}</p>
        <p>
          {m.directorLabel}
          <strong className="placeholder">{m.toComplete}</strong>
        </p>

        <h2>{m.hostHeading}</h2>
        <p className="placeholder">{m.host}</p>

        <h2>{m.licenceHeading}</h2>
        <p>
          {m.licence}
          <a href={m.licenceUrl}>{m.licenceLink}</a>
          {m.licenceEnd}
        </p>
        <p>{m.referential}</p>

        <h2>{m.softwareHeading}</h2>
        <p>{m.software}</p>

        <h2>{m.accessibilityHeading}</h2>
        <p>
          {m.accessibility}
          <Link to="/accessibilite">{m.accessibilityLink}</Link>
          {m.accessibilityEnd}
        </p>
      </div>
    </>
  );
}
