// One Saman demo server and one browser per test file, started before and stopped after.
import { before, after } from "node:test";
import { startServer } from "./server.mjs";
import { launch } from "./browser.mjs";

export function useApp({ employees = 60 } = {}) {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await startServer({ employees });
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}
