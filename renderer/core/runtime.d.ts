// Globals that every runtime the core runs in (Node, browsers, workers) provides, per the WinterCG
// minimum common API, but that TypeScript's ES library does not declare. Nothing DOM- or Node-specific.
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly host: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}
declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  get(name: string): string | null;
  toString(): string;
}
