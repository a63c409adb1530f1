// A web Request's body read with a bound. `request.text()` buffers whatever is sent before the handler
// can refuse it, so a route that reads its body before it knows who is asking could be made to hold a body
// of any size in memory.

/** The body of `request` as text, or null when it is longer than `limit` bytes (reading stops there). */
export async function readTextUpTo(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) {
    await request.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
