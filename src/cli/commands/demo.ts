import type { CliCommand } from "../io";

// Placeholder: filled in by the issue that owns this command.
export const demoCommand: CliCommand = {
  name: "demo",
  summary: { vi: "(chưa có)", en: "(not yet)" },
  usage: "nq demo",
  async run(_args, io) {
    io.err("Lệnh demo chưa được xây dựng.\n");
    return 2;
  },
};
