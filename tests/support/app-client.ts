// Talks to a running Brücke (the production build) over HTTP the way a browser does: accounts through
// better-auth's endpoints, server actions by POSTing to a page that uses them with the `Next-Action`
// header. What that needs of Next's internals (the build manifest, the RSC wire format) is in
// ./next-wire.ts. Used by the reliability tests (tests/reliability) and the benchmark (scripts/bench).
import { type ActionRef, loadActionIds, pagePath, parseActionResult, unescapeFlight } from "./next-wire";

export interface Session {
  cookie: string;
  userId: string;
  email: string;
}

export interface ActionResponse<T = unknown> {
  status: number;
  /** The action's return value (our actions return { ok, data } / { ok: false, error }); undefined when none came back. */
  result: T | undefined;
  text: string;
  ms: number;
}

function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

export class AppClient {
  readonly actions: Map<string, ActionRef>;

  constructor(
    readonly base: string,
    distDir: string,
  ) {
    this.actions = loadActionIds(distDir);
  }

  /**
   * Signs up through better-auth's endpoint, as the sign-up form does. `ip` goes into X-Forwarded-For:
   * sign-up is limited per client address, and many test learners from one machine stand for many clients.
   */
  async signUp(user: {
    name: string;
    email: string;
    password: string;
    teacher?: boolean;
    ip?: string;
  }): Promise<Session> {
    const response = await fetch(`${this.base}/api/auth/sign-up/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: this.base,
        ...(user.ip ? { "x-forwarded-for": user.ip } : {}),
      },
      body: JSON.stringify({
        name: user.name,
        email: user.email,
        password: user.password,
        ...(user.teacher ? { teachesClass: true } : {}),
      }),
    });
    const body = (await response.json()) as { user?: { id: string } };
    if (!response.ok || !body.user)
      throw new Error(`sign-up of ${user.email} failed: ${response.status} ${JSON.stringify(body)}`);
    return { cookie: cookiesFrom(response), userId: body.user.id, email: user.email };
  }

  async signIn(email: string, password: string, ip?: string): Promise<Session & { setCookie: string[] }> {
    const response = await fetch(`${this.base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: this.base, ...(ip ? { "x-forwarded-for": ip } : {}) },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json()) as { user?: { id: string } };
    if (!response.ok || !body.user)
      throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(body)}`);
    return { cookie: cookiesFrom(response), userId: body.user.id, email, setCookie: response.headers.getSetCookie() };
  }

  action(name: string): ActionRef {
    const ref = this.actions.get(name);
    if (!ref) throw new Error(`no server action ${name} in the build`);
    return ref;
  }

  /** Calls a server action ("lib/review/actions.ts#gradeCard") as the browser does. */
  async call<T = { ok: boolean; error?: string; data?: unknown }>(
    session: Session | null,
    name: string,
    input: unknown,
    options: {
      params?: Record<string, string>;
      locale?: string;
      headers?: Record<string, string>;
      body?: BodyInit;
      timeoutMs?: number;
    } = {},
  ): Promise<ActionResponse<T>> {
    const ref = this.action(name);
    const started = performance.now();
    const response = await fetch(`${this.base}${pagePath(ref.worker, options.params, options.locale)}`, {
      method: "POST",
      headers: {
        "next-action": ref.id,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: this.base,
        ...(session ? { cookie: session.cookie } : {}),
        ...options.headers,
      },
      body: options.body ?? JSON.stringify([input]),
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      result: parseActionResult(text) as T | undefined,
      text,
      ms: performance.now() - started,
    };
  }

  /**
   * Grades a card as the review page does (POST /api/review/grade), answering in a server action's shape:
   * result is { ok: true, data } or { ok: false, error }.
   */
  async grade<T = { ok: boolean; error?: string; data?: { logId: string } }>(
    session: Session | null,
    input: unknown,
    options: { timeoutMs?: number } = {},
  ): Promise<ActionResponse<T>> {
    const started = performance.now();
    const response = await fetch(`${this.base}/api/review/grade`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: this.base,
        ...(session ? { cookie: session.cookie } : {}),
      },
      body: JSON.stringify(input),
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const result =
      body === undefined
        ? undefined
        : response.ok
          ? { ok: true, data: body }
          : { ok: false, error: (body as { error?: string }).error };
    return { status: response.status, result: result as T | undefined, text, ms: performance.now() - started };
  }

  async get(
    pathname: string,
    session: Session | null = null,
    options: { timeoutMs?: number; headers?: Record<string, string> } = {},
  ) {
    const started = performance.now();
    const response = await fetch(`${this.base}${pathname}`, {
      headers: { ...(session ? { cookie: session.cookie } : {}), ...options.headers },
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, ms: performance.now() - started };
  }

  /** The seed article's reader path, from the home page's list. */
  async seedReaderPath(locale = "en"): Promise<string> {
    const home = await this.get(`/${locale}`);
    const match = new RegExp(`/${locale}/read/[a-z0-9]+`).exec(home.text);
    if (!match) throw new Error(`no passage on the home page (${home.status})`);
    return match[0];
  }

  /** The review queue as the review page embeds it: card ids with the version each was shown at. */
  async reviewCards(session: Session): Promise<{ cardId: string; version: number }[]> {
    const page = await this.get("/en/review", session);
    const cards = new Map<string, number>();
    for (const match of unescapeFlight(page.text).matchAll(/"cardId":"([^"]+)","version":(\d+)/g))
      cards.set(match[1]!, Number(match[2]));
    return [...cards].map(([cardId, version]) => ({ cardId, version }));
  }
}

/** A German word a learner can save, the way the reader's word card sends it. */
export function sampleWord(i: number) {
  const words = [
    ["Hund", "noun", "m", "dog"],
    ["Katze", "noun", "f", "cat"],
    ["Haus", "noun", "n", "house"],
    ["Straße", "noun", "f", "street"],
    ["Arbeitsplatz", "noun", "m", "job"],
    ["gehen", "verb", undefined, "to go"],
    ["schnell", "adj", undefined, "fast"],
    ["Zeitung", "noun", "f", "newspaper"],
    ["Regierung", "noun", "f", "government"],
    ["treffen", "verb", undefined, "to meet"],
    ["Unternehmen", "noun", "n", "company"],
    ["Präsident", "noun", "m", "president"],
  ] as const;
  const [lemma, pos, gender, gloss] = words[i % words.length]!;
  const round = Math.floor(i / words.length);
  const word = round === 0 ? lemma : `${lemma}${round}`;
  return {
    lemma: word,
    surface: word,
    pos,
    ...(gender ? { gender } : {}),
    gloss,
    context: `Das ist ein Satz mit ${word}.`,
  };
}
