import type { CliCommand } from "../io";

// Placeholder: filled in by the issue that owns this command.
export const templateCommand: CliCommand = {
  name: "template",
  summary: { vi: "(chưa có)", en: "(not yet)" },
  usage: "nq template",
  async run(_args, io) {
    io.err("Lệnh template chưa được xây dựng.\n");
    return 2;
  },
};
