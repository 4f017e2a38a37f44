import { PassThrough } from "node:stream";

import type { ReactNode } from "react";
import { renderToPipeableStream } from "react-dom/server";

/**
 * Renders the whole document to a string, waiting for every Suspense boundary (Remix's
 * hydration data is one), so that the HTML can be hashed for an ETag before it is sent.
 */
export function renderDocument(element: ReactNode, nonce: string, timeoutMs: number) {
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const body = new PassThrough();
    body.on("data", (chunk: Buffer) => chunks.push(chunk));
    body.on("end", () => resolve(`<!DOCTYPE html>${Buffer.concat(chunks).toString("utf8")}`));
    body.on("error", reject);
    const { pipe, abort } = renderToPipeableStream(element, {
      nonce,
      onAllReady: () => pipe(body),
      onShellError: reject,
      onError: (error) => console.error(error),
    });
    setTimeout(abort, timeoutMs + 1000);
  });
}
