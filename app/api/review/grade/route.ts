// The review page's grade (lib/review/grade-handler.ts). scripts/serve.mjs answers this path with the same
// handler before Next sees it; this route serves it wherever serve.mjs does not (`next dev`, `next start`, tests).
export { gradeRequest as POST } from "@/lib/review/grade-handler";
