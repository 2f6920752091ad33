import { describe, expect, it } from 'vitest';
import {
  appUrlToPath,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  CONTENT_TYPES,
  isAppUrl,
} from './app-url';
import { originalPath } from '../corpus/shipped';

describe('appUrlToPath', () => {
  it('serves the reader and its files', () => {
    expect(appUrlToPath('app://reader/')).toBe('index.html');
    expect(appUrlToPath('app://reader/index.html#/doc/a/p/1')).toBe('index.html');
    expect(appUrlToPath('app://reader/assets/index-abc.js?v=1')).toBe('assets/index-abc.js');
  });
  it('never leads out of the folder, however the path is spelled', () => {
    for (const url of [
      'app://reader/../../etc/passwd',
      'app://reader/%2e%2e/%2e%2e/etc/passwd',
      'app://reader/a/%2E%2E/%2E%2E/x',
    ]) {
      const path = appUrlToPath(url);
      expect(path === null || (!path.startsWith('/') && !path.split('/').includes('..')), `${url} -> ${path}`).toBe(
        true,
      );
    }
  });
  it('refuses other hosts, schemes and encoded separators', () => {
    for (const url of [
      'app://other/index.html',
      'file:///etc/passwd',
      'https://reader/index.html',
      'app://reader/assets/..%2f..%2fsecret',
      'app://reader/a%5c..%5c..%5cwin.ini',
      'app://reader/a%00.js',
      'app://reader/%E0%A4%A',
      'app://reader/C:/Windows/win.ini',
      'not a url',
    ]) {
      expect(appUrlToPath(url), url).toBeNull();
    }
  });
  it('allows nothing inline and nothing from the network', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('isAppUrl', () => {
  it('trusts only the reader origin', () => {
    expect(isAppUrl('app://reader/index.html#/doc/a')).toBe(true);
    for (const url of [
      'app://reader.evil/x',
      'app://evil/',
      'https://reader/',
      'file:///index.html',
      'devtools://x',
      '',
      'app:reader',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
  it('forbids framing in the header the shell sends', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain("frame-ancestors 'none'");
  });
});

describe('content types of what the program serves itself', () => {
  it('names one for every kind of file the build step writes beside the page', () => {
    // scripts/build-corpus.ts: the corpus, the search corpus and index, the extracts, each original text.
    for (const file of ['corpus.json', 'search-corpus.json', 'search-index.bin', 'extracts.json', originalPath('a-b')])
      expect(CONTENT_TYPES[file.slice(file.lastIndexOf('.'))], file).toBeDefined();
    expect(CONTENT_TYPES['.txt']).toBe('text/plain; charset=utf-8');
  });
});
