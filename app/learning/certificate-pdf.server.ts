import { createRequire } from "node:module";

import PDFDocument from "pdfkit";

const require = createRequire(import.meta.url);
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

export type CertificatePdf = {
  heading: string;
  intro: string;
  holderName: string;
  courseLine: string;
  courseTitle: string;
  date: string;
  competencesTitle: string;
  competences: string[];
  verify: string;
  verifyUrl: string;
  licence: string;
};

/**
 * An A4 certificate. Every text is drawn as text (never markup), so a name like
 * "<script>" is printed as those characters. DejaVu Sans covers Latin, Greek and Cyrillic.
 */
export function renderCertificatePdf(text: CertificatePdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margin: 64,
      info: { Title: `${text.heading}: ${text.courseTitle}`, Author: "Social Tech Academy" },
      lang: "en",
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);

    doc.registerFont("regular", FONT).registerFont("bold", FONT_BOLD);
    doc
      .font("bold")
      .fontSize(14)
      .fillColor("#0b5c55")
      .text("Social Tech Academy", { align: "center" });
    doc.moveDown(2).fontSize(26).fillColor("#1b1b1f").text(text.heading, { align: "center" });
    doc.moveDown(1.5).font("regular").fontSize(13).text(text.intro, { align: "center" });
    doc.moveDown(0.5).font("bold").fontSize(22).text(text.holderName, { align: "center" });
    doc.moveDown(0.5).font("regular").fontSize(13).text(text.courseLine, { align: "center" });
    doc.moveDown(0.5).font("bold").fontSize(18).text(text.courseTitle, { align: "center" });
    doc.moveDown(0.5).font("regular").fontSize(12).text(text.date, { align: "center" });
    doc.moveDown(2).font("bold").fontSize(12).text(text.competencesTitle);
    doc.font("regular").fontSize(11);
    for (const line of text.competences) doc.text(`• ${line}`);
    doc.moveDown(2).fontSize(10).fillColor("#4a4a55").text(`${text.verify} ${text.verifyUrl}`);
    doc.moveDown(0.5).text(text.licence);
    doc.end();
  });
}
