import { describe, expect, test } from "vitest";

import type { OfferInput } from "~/careers/offer-schema.ts";
import {
  closeOffer,
  createOffer,
  renewOffer,
  unpublishOffer,
  updateOffer,
} from "~/careers/offers.server.ts";
import { prisma } from "~/utils/db.server.ts";

const input = (title: string): OfferInput => ({
  title,
  organisation: "Coop",
  contract: "job",
  jobs: ["digital-mediator"],
  country: "FR",
  city: "Lyon",
  remote: undefined,
  languages: ["fr"],
  description: "Accueillir le public et animer des ateliers numériques.",
  apply: "jobs@example.org",
  closesOn: new Date(Date.now() + 10 * 24 * 60 * 60 * 1000),
});

async function recruiterOffer(title: string) {
  const recruiter = await prisma.user.create({
    data: { email: `r-${crypto.randomUUID()}@example.org`, name: "R", passwordHash: "x" },
  });
  return createOffer(recruiter.id, input(title));
}

const statusOf = async (id: string) =>
  (await prisma.jobOffer.findUniqueOrThrow({ where: { id } })).status;

describe("offers under moderation", () => {
  test("an unpublished offer cannot be brought back by closing then renewing it", async () => {
    const offer = await recruiterOffer("Médiateur");
    await unpublishOffer(offer.id);
    await closeOffer(offer.id);
    expect(await statusOf(offer.id)).toBe("unpublished");
    await renewOffer(offer.id, offer.closesOn);
    expect(await statusOf(offer.id)).toBe("unpublished");
  });

  test("an unpublished offer cannot be edited; another one can, jobs included", async () => {
    const moderated = await recruiterOffer("Avant");
    await unpublishOffer(moderated.id);
    expect(await updateOffer(moderated.id, input("Après"))).toBe(false);
    const kept = await prisma.jobOffer.findUniqueOrThrow({ where: { id: moderated.id } });
    expect(kept.title).toBe("Avant");

    const open = await recruiterOffer("Avant");
    expect(
      await updateOffer(open.id, { ...input("Après"), jobs: ["open-data-officer", "no-such-job"] }),
    ).toBe(true);
    const saved = await prisma.jobOffer.findUniqueOrThrow({
      where: { id: open.id },
      include: { jobs: true },
    });
    expect(saved.title).toBe("Après");
    expect(saved.jobs.map((j) => j.job)).toEqual(["open-data-officer"]);
  });

  test("closing and renewing an offer that is not moderated work as before", async () => {
    const offer = await recruiterOffer("Stage");
    await closeOffer(offer.id);
    expect(await statusOf(offer.id)).toBe("closed");
    await renewOffer(offer.id, offer.closesOn);
    expect(await statusOf(offer.id)).toBe("open");
  });
});
