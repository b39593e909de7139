import type { CliCommand } from "../io";

// Placeholder: filled in by the issue that owns this command.
export const checkCommand: CliCommand = {
  name: "check",
  summary: { vi: "(chưa có)", en: "(not yet)" },
  usage: "nq check",
  async run(_args, io) {
    io.err("Lệnh check chưa được xây dựng.\n");
    return 2;
  },
};
