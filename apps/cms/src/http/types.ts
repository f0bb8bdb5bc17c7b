export type RestHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
