/** What the server's middleware leaves on `res.locals` for the middleware after it. */
declare global {
  namespace Express {
    interface Locals {
      /** performance.now() when the request arrived. */
      requestStart: number;
      /** The request's CSP nonce (server/security.ts). */
      cspNonce: string;
    }
  }
}

export {};
