import * as path from "path";
import type { CliCommand } from "../io";
import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import { buildTemplates } from "../../core/templates";
import { refuseOutput, writeWorkbookFile } from "../../xlsx";

/** `nq template OUT.xlsx [--force] [--lang vi|en]`: the three input sheets, empty. */
export const templateCommand: CliCommand = {
  name: "template",
  summary: { vi: t("data.cli.template.summary", "vi"), en: t("data.cli.template.summary", "en") },
  usage: "nq template OUT.xlsx [--force] [--lang vi|en]",
  async run(args, io) {
    let out: string | null = null;
    let force = false;
    let lang: Lang = "vi";
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === "--force" || a === "-f") force = true;
      else if (a === "--lang") lang = args[++i] === "en" ? "en" : "vi";
      else if (a.startsWith("-")) {
        io.err(t("data.cli.usage.unknownOption", "vi", { option: a }) + "\n");
        return 2;
      } else out = a;
    }
    if (!out) {
      io.err(t("data.cli.usage.missingOut", "vi") + "\nnq template OUT.xlsx\n");
      return 2;
    }
    const file = path.resolve(io.cwd, out);
    const refused = refuseOutput(file, [], force, lang);
    if (refused) {
      io.err(refused.message + "\n");
      return 2;
    }
    const res = await writeWorkbookFile(file, buildTemplates(lang), { force });
    if (!res.ok) {
      io.err(res.message + "\n");
      return 2;
    }
    io.out(t("data.cli.template.done", lang, { file: out }) + "\n");
    return 0;
  },
};
