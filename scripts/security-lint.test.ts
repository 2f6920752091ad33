import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The security lint of eslint.config.js (Microsoft's SDL rules), tried on code written for the test: npm run lint
// runs the same rules over the program.
const eslint = new ESLint();
async function sdlErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId?.startsWith('@microsoft/sdl/')).map((m) => m.ruleId!);
}

describe('the security lint', () => {
  it('refuses HTML written into the page, insecure URLs and Node in a window', async () => {
    expect(
      await sdlErrors(
        'renderer/app/probe.ts',
        "export function f(el: HTMLElement): void {\n  el.innerHTML = 'x';\n}\n",
      ),
    ).toEqual(['@microsoft/sdl/no-inner-html']);
    expect(await sdlErrors('renderer/app/probe.ts', "export const u = 'http://example.com/data.json';\n")).toEqual([
      '@microsoft/sdl/no-insecure-url',
    ]);
    expect(
      await sdlErrors(
        'electron/probe.ts',
        "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true } });\n",
      ),
    ).toEqual(['@microsoft/sdl/no-electron-node-integration']);
  });

  it('lets the W3C annotation context through, which the standard spells with http', async () => {
    expect(
      await sdlErrors('renderer/core/notes/probe.ts', "export const c = 'http://www.w3.org/ns/anno.jsonld';\n"),
    ).toEqual([]);
  });
});
