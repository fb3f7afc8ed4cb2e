/** The page's only data source: POSTs to the service's own public GraphQL endpoint. */

/** The service did not answer, or answered something that is not GraphQL. */
export class ApiDownError extends Error {}

/** The API answered with GraphQL errors. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      // application/json is not a "simple" content type, so Apollo's CSRF prevention lets it through.
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiDownError(`the argmap API did not answer (${(error as Error).message})`);
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiDownError(`the argmap API answered HTTP ${response.status} without GraphQL`);
  }
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiDownError(`the argmap API answered HTTP ${response.status} with no data`);
  return body.data;
}
