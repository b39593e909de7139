import type { CliCommand } from "../io";

// Placeholder: filled in by the issue that owns this command.
export const sampleCommand: CliCommand = {
  name: "sample",
  summary: { vi: "(chưa có)", en: "(not yet)" },
  usage: "nq sample",
  async run(_args, io) {
    io.err("Lệnh sample chưa được xây dựng.\n");
    return 2;
  },
};
