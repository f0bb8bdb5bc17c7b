// The package ships JavaScript only; this is the part of its API the tests use.
declare module '@adobe/structured-data-validator' {
  export default class Validator {
    constructor(schemaOrgJson?: unknown)
    validate(extracted: { jsonld?: Record<string, unknown[]> }): Promise<unknown[]>
  }
}
