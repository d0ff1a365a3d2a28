import type { FormEvent, ReactNode } from "react";
import { useNavigate } from "react-router";

interface GetFormProps {
  /** The portal path the form leads to, e.g. "/recherche". */
  action: string;
  className?: string;
  role?: "search";
  "aria-label"?: string;
  children: ReactNode;
}

/**
 * A `<form method="get">`: without JavaScript the browser loads the address with the fields as
 * query parameters and the server renders it; with JavaScript the same address is reached by the
 * router, without reloading the page. The URL is the form's only state either way.
 */
export function GetForm({ action, children, ...rest }: GetFormProps) {
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") params.append(name, value.trim());
    }
    const query = params.toString();
    void navigate(query ? `${action}?${query}` : action);
  };
  return (
    <form method="get" action={action} onSubmit={onSubmit} {...rest}>
      {children}
    </form>
  );
}
