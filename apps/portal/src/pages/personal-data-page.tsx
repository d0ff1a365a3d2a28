import { Link } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { messages } from "../messages.fr";

const m = messages.privacy;

export default function PersonalDataPage() {
  return (
    <>
      <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: m.title }]} />
      <PageTitle title={m.title} description={m.description} />
      <div className="prose">
        <h2>{m.cookiesHeading}</h2>
        <p>{m.cookies}</p>
        <h2>{m.audienceHeading}</h2>
        <p>{m.audience}</p>
        <h2>{m.dataHeading}</h2>
        <p>{m.data}</p>
        <h2>{m.contactHeading}</h2>
        <p>
          {m.contact}
          <Link to="/mentions-legales">{m.contactLink}</Link>
          {m.contactEnd}
        </p>
      </div>
    </>
  );
}
