/** JSON in and out, cookies passed by hand, redirects never followed: what HTTP tests assert on. */
export interface TestResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the body is JSON, else the text. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests assert on shape
  text: string;
}

export interface TestRequest {
  method?: string;
  json?: unknown;
  /** A raw body sent as is (malformed JSON, oversized payloads). */
  body?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** Sends one request: `fetch` against a base URL, or a Hono app's `app.request`. */
export type Send = (path: string, init: RequestInit) => Response | Promise<Response>;

export interface HttpClient {
  (path: string, request?: TestRequest): Promise<TestResponse>;
  /** The same target, answering with the raw Response (an event stream read as it arrives). */
  send: Send;
}

export function httpClient(send: Send): HttpClient {
  const client = async (path: string, request: TestRequest = {}): Promise<TestResponse> => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.cookie) headers.cookie = request.cookie;
    const hasBody = request.json !== undefined || request.body !== undefined;
    if (hasBody) headers['content-type'] ??= 'application/json';
    const response = await send(path, {
      method: request.method ?? (hasBody ? 'POST' : 'GET'),
      headers,
      body: request.json !== undefined ? JSON.stringify(request.json) : request.body,
      redirect: 'manual',
    });
    const text = await response.text();
    const isJson = /json/.test(response.headers.get('content-type') ?? '');
    return { status: response.status, headers: response.headers, text, body: isJson && text ? JSON.parse(text) : text };
  };
  return Object.assign(client, { send });
}
