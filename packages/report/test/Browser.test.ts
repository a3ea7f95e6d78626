/**
 * Opens the HTML report in headless Chromium (Debian's `chromium`, driven by playwright-core) and checks what a
 * reader would meet: every section, a hostile participant name shown as text, no script run, no console error,
 * and no request but the report file itself.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { chromium } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Html from "../src/html/index.js"
import * as Sections from "../src/Sections.js"
import { EVIL, full } from "./fixture.js"

const CHROMIUM = "/usr/bin/chromium"
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

describe("HTML report in Chromium", () => {
  let browser: Awaited<ReturnType<typeof chromium.launch>>
  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })

  it("shows every section, escapes the hostile name, runs nothing and loads nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vl-report-browser-"))
    const file = join(dir, "report.html")
    writeFileSync(file, Html.render(full))
    const url = pathToFileURL(file).href

    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } })
    const errors: string[] = []
    const requests: string[] = []
    const dialogs: string[] = []
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text())
    })
    page.on("pageerror", (e) => errors.push(e.message))
    page.on("request", (r) => requests.push(r.url()))
    page.on("dialog", async (d) => {
      dialogs.push(d.message())
      await d.dismiss()
    })
    await page.goto(url, { waitUntil: "load" })
    await page.screenshot({ path: join(dir, "report.png"), fullPage: true })

    expect(errors).toEqual([])
    expect(dialogs).toEqual([])
    expect(requests.filter((r) => r !== url && !r.startsWith("data:"))).toEqual([])

    const ids = await page.$$eval("main > section", (ss) => ss.map((s) => s.id))
    expect(ids).toEqual(Sections.plan(full).map(Sections.anchor))
    const headings = await page.$$eval("main > section > h2", (hs) => hs.map((h) => h.textContent))
    expect(headings).toContain("Factor → value deficit model")
    expect(await page.$$eval("main svg.chart", (s) => s.length)).toBe(5)

    // the hostile name is text in a quotation's citation, and no <img> exists anywhere
    expect(await page.locator("img").count()).toBe(0)
    const citations = await page.$$eval("blockquote.quotation footer", (fs) => fs.map((f) => f.textContent))
    expect(citations).toContain(`(${EVIL})`)
    expect(await page.locator("#section-saturation").textContent()).toContain(EVIL)
    await page.close()
  }, 60_000)
})
