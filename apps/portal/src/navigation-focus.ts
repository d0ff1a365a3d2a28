/**
 * After a client-side navigation, screen-reader and keyboard users must land on the new page's
 * <h1> instead of being left on <body> (the link they activated is gone). The very first load is
 * left alone so that "Aller au contenu" stays the first thing the keyboard reaches.
 *
 * When the new page's <h1> is not there yet (its data is loading), the layout leaves a request
 * here and the <h1> takes it when it mounts. A module flag rather than React state: it must not
 * cause a render, and only one <h1> exists at a time.
 */
let pending = false;

export function requestHeadingFocus(): void {
  pending = true;
}

export function takeHeadingFocusRequest(): boolean {
  const wasPending = pending;
  pending = false;
  return wasPending;
}
