import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    /** The client address, from Express (honours TRUST_PROXY). */
    clientIp?: string;
    /** performance.now() when Express received the request. */
    requestStart?: number;
    /** Rich text of the page, for the server render only (see rich-text.server.ts). */
    richText?: string;
  }
}

declare module "@remix-run/server-runtime" {
  interface Future {
    v3_singleFetch: true;
  }
}
