import type { CliCommand } from "../io";

// Placeholder: filled in by the issue that owns this command.
export const targetsCommand: CliCommand = {
  name: "targets",
  summary: { vi: "(chưa có)", en: "(not yet)" },
  usage: "nq targets",
  async run(_args, io) {
    io.err("Lệnh targets chưa được xây dựng.\n");
    return 2;
  },
};
