import type { SessionUser } from "~/account/auth.server.ts";
import {
  type Contract,
  type OfferInput,
  parseContract,
  renewedClosingDate,
  startOfToday,
} from "~/careers/offer-schema.ts";
import { type OfferStatus, parseOfferStatus } from "~/careers/offer-status.ts";
import { findJob } from "~/content/queries.server.ts";
import type { Language } from "~/i18n/languages.ts";
import { prisma } from "~/utils/db.server.ts";

export const PAGE_SIZE = 10;

export type OfferFilters = {
  job?: string;
  contract?: Contract;
  place?: string;
  language?: Language;
  page: number;
};

/** Open offers whose closing day has not passed: expired offers drop out by themselves. */
const listed = () => ({
  status: "open" satisfies OfferStatus,
  closesOn: { gte: startOfToday() },
});

/** An offer with its contract typed: the schema stores it as a string. */
const withContract = <O extends { contract: string }>(offer: O) => ({
  ...offer,
  contract: parseContract(offer.contract),
});

/** An offer with its status and contract typed. */
const typedOffer = <O extends { status: string; contract: string }>(offer: O) => ({
  ...withContract(offer),
  status: parseOfferStatus(offer.status),
});

const offerData = (input: OfferInput) => ({
  title: input.title,
  organisation: input.organisation,
  contract: input.contract,
  country: input.country,
  city: input.city,
  remote: input.remote === "on",
  languages: `,${input.languages.join(",")},`,
  description: input.description,
  apply: input.apply,
  closesOn: input.closesOn,
});

/** The job slugs of an offer that are real job profiles (the form may be tampered with). */
export const knownJobs = (jobs: string[]) => [...new Set(jobs)].filter((slug) => findJob(slug));

export async function listOffers(filters: OfferFilters) {
  const where = {
    ...listed(),
    ...(filters.job ? { jobs: { some: { job: filters.job } } } : {}),
    ...(filters.contract ? { contract: filters.contract } : {}),
    ...(filters.place === "remote"
      ? { remote: true }
      : filters.place
        ? { country: filters.place }
        : {}),
    ...(filters.language ? { languages: { contains: `,${filters.language},` } } : {}),
  };
  const [total, offers] = await Promise.all([
    prisma.jobOffer.count({ where }),
    prisma.jobOffer.findMany({
      where,
      include: { jobs: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    offers: offers.map(typedOffer),
  };
}

export async function openOffersForJob(job: string) {
  const offers = await prisma.jobOffer.findMany({
    where: { ...listed(), jobs: { some: { job } } },
    orderBy: { closesOn: "asc" },
    select: { id: true, title: true, organisation: true, contract: true, closesOn: true },
  });
  return offers.map(withContract);
}

/** An offer as the public sees it: only while listed, unless the viewer owns it or is an admin. */
export async function findVisibleOffer(id: string, viewer: SessionUser | null) {
  const found = await prisma.jobOffer.findUnique({ where: { id }, include: { jobs: true } });
  if (!found) return null;
  const offer = typedOffer(found);
  const mayManage = viewer && (viewer.role === "admin" || viewer.id === offer.recruiterId);
  const isOpen = offer.status === "open" && offer.closesOn >= startOfToday();
  return isOpen || mayManage ? offer : null;
}

export async function createOffer(recruiterId: string, input: OfferInput) {
  return prisma.jobOffer.create({
    data: {
      ...offerData(input),
      recruiterId,
      jobs: { create: knownJobs(input.jobs).map((job) => ({ job })) },
    },
  });
}

/** A recruiter's own offer, or null: ids of other people's offers lead nowhere. */
export async function findOwnOffer(recruiter: SessionUser, id: string) {
  const offer = await prisma.jobOffer.findFirst({
    where: { id, ...(recruiter.role === "admin" ? {} : { recruiterId: recruiter.id }) },
    include: { jobs: true },
  });
  return offer && typedOffer(offer);
}

/** Saves a recruiter's changes; false (nothing saved) when the offer is under moderation. */
export async function updateOffer(id: string, input: OfferInput) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.jobOffer.updateMany({
      where: { id, status: { not: "unpublished" satisfies OfferStatus } },
      data: offerData(input),
    });
    if (!count) return false;
    await tx.offerJob.deleteMany({ where: { offerId: id } });
    await tx.offerJob.createMany({
      data: knownJobs(input.jobs).map((job) => ({ offerId: id, job })),
    });
    return true;
  });
}

export async function myOffers(recruiterId: string) {
  const offers = await prisma.jobOffer.findMany({
    where: { recruiterId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, status: true, closesOn: true, contract: true },
  });
  return offers.map(typedOffer);
}

/**
 * An offer an admin unpublished is under moderation: its recruiter can no longer edit, close
 * or renew it (closing then renewing used to bring it back); only the academy acts on it.
 */
export const isModerated = (offer: { status: OfferStatus }) => offer.status === "unpublished";

/** Closes an open offer; an offer under moderation stays as it is. */
export async function closeOffer(id: string) {
  await prisma.jobOffer.updateMany({
    where: { id, status: "open" satisfies OfferStatus },
    data: { status: "closed" satisfies OfferStatus },
  });
}

/** Reopens for 30 more days; an offer an admin unpublished stays unpublished. */
export async function renewOffer(id: string, closesOn: Date) {
  await prisma.jobOffer.updateMany({
    where: { id, status: { not: "unpublished" satisfies OfferStatus } },
    data: { status: "open" satisfies OfferStatus, closesOn: renewedClosingDate(closesOn) },
  });
}

export async function unpublishOffer(id: string) {
  await prisma.jobOffer.update({
    where: { id },
    data: { status: "unpublished" satisfies OfferStatus },
  });
}
