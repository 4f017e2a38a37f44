import { getContent } from "~/content/store.server.ts";
import { prisma } from "~/utils/db.server.ts";

/** 200 when the database answers and the content is loaded; 503 otherwise. */
export async function loader() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    const { courses } = getContent();
    return new Response(`ok: database, ${courses.length} courses`, {
      headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
    });
  } catch (error) {
    console.error("Health check failed", error);
    return new Response("unavailable", {
      status: 503,
      headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
    });
  }
}
