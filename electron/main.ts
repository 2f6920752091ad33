// The desktop shell: one window, one menu, the reader served from the app's own scheme. Thin and locked
// down on purpose; every decision with logic in it lives in renderer/core/shell, where it is unit-tested.
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  protocol,
  screen,
  session,
  type IpcMainEvent,
  type IpcMainInvokeEvent,
} from 'electron';
import {
  APP_ORIGIN,
  APP_SCHEME,
  appUrlToPath,
  CONTENT_SECURITY_POLICY_HEADER,
  CONTENT_TYPES,
  isAppUrl,
} from '../renderer/core/shell/app-url';
import {
  Channels,
  CopyTextSchema,
  MAX_OPEN_BYTES,
  MenuStateSchema,
  NotesBackupFileSchema,
  SaveFileSchema,
  type AppInfo,
  type NotesBackupFile,
  type OpenedFile,
  type SaveResult,
} from '../renderer/core/shell/bridge-contract';
import { formatRoute, LINK_SCHEME, parseAppLink } from '../renderer/core/route/route';
import { backupFileName, rotateBackups } from '../renderer/core/shell/backup-files';
import { buildMenu } from './menu';
import { loadWindowState, trackWindowState } from './window-state';

// The renderer's build folder; a development run may point the shell at another build (the e2e one).
const rendererDir =
  !app.isPackaged && process.env.READER_RENDERER_DIR
    ? process.env.READER_RENDERER_DIR
    : join(__dirname, '..', 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

// Links in exported notes (shandong-reader://doc/<id>/p/<n>?a=<annotation>) open the passage here. They come
// from other programs, so each is parsed strictly; only a well-formed link becomes an address in the reader.
// In development (electron .) the scheme must start Electron with this app's folder, wherever the link is opened from.
if (process.defaultApp && process.argv[1])
  app.setAsDefaultProtocolClient(LINK_SCHEME, process.execPath, [resolve(process.argv[1])]);
else app.setAsDefaultProtocolClient(LINK_SCHEME);
let pendingLink: string | null = null;
function openLink(url: string): void {
  const route = parseAppLink(url);
  if (route === null) return;
  const win = BrowserWindow.getAllWindows()[0];
  if (!win || win.webContents.isLoading()) {
    pendingLink = formatRoute(route);
    return;
  }
  if (win.isMinimized()) win.restore();
  win.focus();
  win.webContents.send(Channels.openLink, formatRoute(route));
}
const linkIn = (argv: readonly string[]): string | undefined => argv.find((arg) => arg.startsWith(`${LINK_SCHEME}://`));
app.on('open-url', (event, url) => {
  event.preventDefault();
  openLink(url);
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    const link = linkIn(argv);
    if (link) openLink(link);
  });
  const first = linkIn(process.argv);
  if (first) openLink(first);
  void app.whenReady().then(start);
}

async function serve(request: Request): Promise<Response> {
  const path = appUrlToPath(request.url);
  if (path === null) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(join(rendererDir, ...path.split('/')));
    return new Response(body, {
      headers: {
        'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Answers only the reader's own page, and never trusts what it sends. */
function fromReader(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  return event.senderFrame !== null && isAppUrl(event.senderFrame.url);
}

function lockDown(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The program never touches the network: anything that is not our own scheme is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools://') || details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

async function start(): Promise<void> {
  lockDown();
  protocol.handle(APP_SCHEME, serve);

  ipcMain.handle(Channels.appInfo, (event): AppInfo | null =>
    fromReader(event) ? { name: app.getName(), version: app.getVersion(), shell: 'electron' } : null,
  );
  ipcMain.handle(Channels.copyText, (event, text: unknown) => {
    const parsed = CopyTextSchema.safeParse(text);
    if (!fromReader(event) || !parsed.success) throw new Error('refused');
    clipboard.writeText(parsed.data);
  });

  ipcMain.on(Channels.menuState, (event, state: unknown) => {
    const parsed = MenuStateSchema.safeParse(state);
    // The menu is built again in the interface language, with the theme and language in use checked.
    const win = BrowserWindow.fromWebContents(event.sender);
    if (fromReader(event) && parsed.success && win) buildMenu(win, !app.isPackaged, parsed.data);
  });

  ipcMain.handle(Channels.saveFile, async (event, request: unknown): Promise<SaveResult> => {
    const parsed = SaveFileSchema.safeParse(request);
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!fromReader(event) || !parsed.success || !win) throw new Error('refused');
    const { suggestedName, kind, content } = parsed.data;
    const extensions = { csv: ['csv'], markdown: ['md'], json: ['json'] }[kind];
    const choice = await dialog.showSaveDialog(win, {
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [{ name: kind.toUpperCase(), extensions }],
    });
    if (choice.canceled || !choice.filePath) return 'cancelled';
    // Written beside the target and renamed over it, so a crash never leaves half a file.
    const temp = `${choice.filePath}.${process.pid}.part`;
    await writeFile(temp, content, 'utf8');
    await rename(temp, choice.filePath);
    return 'saved';
  });

  // Automatic backups of the notes, in the user's data folder: written atomically, the newest three kept.
  const backups = join(app.getPath('userData'), 'backups');
  ipcMain.handle(Channels.writeBackup, async (event, request: unknown): Promise<void> => {
    const parsed = NotesBackupFileSchema.safeParse(request);
    if (!fromReader(event) || !parsed.success) throw new Error('refused');
    await mkdir(backups, { recursive: true });
    const file = join(backups, backupFileName(parsed.data.taken));
    await writeFile(`${file}.part`, JSON.stringify(parsed.data), 'utf8');
    await rename(`${file}.part`, file);
    for (const old of rotateBackups(await readdir(backups)).remove)
      await unlink(join(backups, old)).catch(() => undefined);
  });
  ipcMain.handle(Channels.readBackup, async (event): Promise<NotesBackupFile | null> => {
    if (!fromReader(event)) throw new Error('refused');
    const newest = rotateBackups(await readdir(backups).catch(() => [])).keep;
    for (const name of newest) {
      const parsed = NotesBackupFileSchema.safeParse(
        JSON.parse(await readFile(join(backups, name), 'utf8').catch(() => 'null')),
      );
      if (parsed.success) return parsed.data;
    }
    return null;
  });

  ipcMain.handle(Channels.openFile, async (event): Promise<OpenedFile> => {
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!fromReader(event) || !win) throw new Error('refused');
    const choice = await dialog.showOpenDialog(win, {
      properties: ['openFile'],
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return null;
    if ((await stat(path)).size > MAX_OPEN_BYTES)
      throw new Error(`${basename(path)} is larger than ${MAX_OPEN_BYTES / 1_000_000} MB`);
    return { name: basename(path), content: await readFile(path, 'utf8') };
  });

  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = await loadWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Shandong Policy Reader',
    backgroundColor: '#fbfaf7',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // A middle click on a link asks for a new window (auxclick); every new window is refused anyway, and the
      // page has no use for the event.
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  trackWindowState(win, stateFile);
  buildMenu(win, !app.isPackaged);
  // maximize() would show the window before its page is drawn; both wait for the page.
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.webContents.on('did-finish-load', () => {
    if (pendingLink) win.webContents.send(Channels.openLink, pendingLink);
    pendingLink = null;
  });
  try {
    await win.loadURL(`${APP_ORIGIN}/index.html`);
  } catch (error) {
    // A hidden window with nothing in it would leave the program running unseen: say what failed, and quit.
    dialog.showErrorBox(
      'Shandong Policy Reader could not start',
      `The reader's page did not load: ${error instanceof Error ? error.message : String(error)}`,
    );
    app.quit();
  }
}

app.on('window-all-closed', () => app.quit());
