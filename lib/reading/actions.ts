"use server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/server/action-client";
import { setParagraphRead } from "./mutations";

const markReadInput = z.object({ paragraphId: z.string().min(1).max(64), read: z.boolean() });

export const markParagraphRead = authedAction({ schema: markReadInput }, async ({ paragraphId, read }, viewer) => {
  const result = await setParagraphRead(viewer.id, paragraphId, read);
  if (!result) throw new AppError("not_found");
  return result;
});
