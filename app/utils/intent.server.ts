/**
 * A page with several forms tells them apart by the `intent` each posts (a hidden field or its
 * submit button's value). An intent the page does not know, or none, is a 400: a form never falls
 * through to another form's action.
 */

export function unknownIntent() {
  return new Response("Unknown or missing intent: this form cannot be handled here.", {
    status: 400,
  });
}

/** The posted intent, one of `intents`; throws a 400 for any other value or none. */
export function parseIntent<const Intent extends string>(
  formData: FormData,
  intents: readonly Intent[],
): Intent {
  const intent = formData.get("intent");
  const known = intents.find((candidate) => candidate === intent);
  if (known === undefined) throw unknownIntent();
  return known;
}

type Handlers = Record<string, (formData: FormData) => unknown>;

/**
 * Runs the handler of the posted intent and returns what it returns (the union of the
 * handlers' results); throws a 400, before any handler runs, for an unknown or missing intent.
 */
export function handleIntent<H extends Handlers>(
  formData: FormData,
  handlers: H,
): ReturnType<H[keyof H]> {
  const intent = parseIntent(formData, Object.keys(handlers));
  return handlers[intent]!(formData) as ReturnType<H[keyof H]>;
}
