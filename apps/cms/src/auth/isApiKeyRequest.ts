/** Payload marks users authenticated by an API key with `_strategy: 'api-key'`. */
export function isApiKeyRequest(user: object | null | undefined): boolean {
  return Boolean(user && '_strategy' in user && user._strategy === 'api-key')
}
