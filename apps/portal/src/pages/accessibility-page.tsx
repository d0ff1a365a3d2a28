import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { messages } from "../messages.fr";

const m = messages.accessibility;

export default function AccessibilityPage() {
  return (
    <>
      <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: m.title }]} />
      <PageTitle title={m.title} description={m.description} />
      <div className="prose">
        {m.intro.map((p) => (
          <p key={p}>{p}</p>
        ))}

        <h2>{m.statusHeading}</h2>
        <p className="notice notice-warning">
          <strong>{m.status}</strong>
        </p>
        <p>{m.statusWhy}</p>

        <h2>{m.testedHeading}</h2>
        <p>{m.testedIntro}</p>
        <ul>
          {m.tested.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <p>{m.testedLimit}</p>

        <h2>{m.nonAccessibleHeading}</h2>
        <p>{m.nonAccessible}</p>

        <h2>{m.techHeading}</h2>
        <p>{m.tech}</p>

        <h2>{m.establishedHeading}</h2>
        <p>{m.established}</p>

        <h2>{m.contactHeading}</h2>
        <p>{m.contactIntro}</p>
        <p>
          {m.contactEmailLabel}
          <a href={`mailto:${m.contactEmail}`}>{m.contactEmail}</a>{" "}
          <strong className="placeholder">{m.contactEmailPlaceholder}</strong>
        </p>

        <h2>{m.recourseHeading}</h2>
        <p>{m.recourseIntro}</p>
        <ul>
          <li>
            <a href={m.recourseFormUrl}>{m.recourseForm}</a>
            {m.listItemEnd}
          </li>
          <li>
            <a href={m.recourseDelegateUrl}>{m.recourseDelegate}</a>
            {m.listItemEnd}
          </li>
          <li>
            {m.recoursePhone}
            {m.listItemEnd}
          </li>
          <li>{m.recoursePost}</li>
        </ul>
      </div>
    </>
  );
}
