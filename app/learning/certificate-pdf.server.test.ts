import { describe, expect, test } from "vitest";

import { renderCertificatePdf } from "~/learning/certificate-pdf.server.ts";

describe("certificate PDF", () => {
  test("is a PDF whose name is drawn as text, with no script or action in it", async () => {
    const pdf = await renderCertificatePdf({
      heading: "Certificate of completion",
      intro: "This certifies that",
      holderName: `<script>alert(1)</script> Łukasz Ωμέγα`,
      courseLine: "has completed the course",
      courseTitle: "Open data",
      date: "23 November 2026",
      competencesTitle: "Digital competences",
      competences: ["1.1 Browsing"],
      verify: "Check at",
      verifyUrl: "https://example.org/certificates/STA-AAAA-BBBB",
      licence: "CC BY-SA 4.0",
    });
    const raw = pdf.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw).toContain("%%EOF");
    expect(raw).not.toMatch(/\/JavaScript|\/JS\b|\/OpenAction|\/Launch/);
    expect(pdf.length).toBeGreaterThan(5_000);
  });
});
