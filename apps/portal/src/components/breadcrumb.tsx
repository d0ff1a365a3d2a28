import { Link } from "react-router";
import { messages } from "../messages.fr";

export interface Crumb {
  label: string;
  to?: string;
}

/** The last crumb is the current page: shown, not linked. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label={messages.layout.breadcrumbLabel} className="breadcrumb">
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            {item.to && i < items.length - 1 ? (
              <Link to={item.to}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
