import { loadCommand, loadCommands } from "./commands";
import { processIO, type CliIO } from "./io";

async function help(io: CliIO): Promise<void> {
  io.out("nq — Kiểm tra Nghị quyết (Resolution Check)\n\nCách dùng: nq <lệnh> [tham số]\n\n");
  for (const c of await loadCommands()) io.out(`  ${c.usage}\n      ${c.summary.vi}\n      ${c.summary.en}\n`);
}

/** Run the command line; resolves to the exit code. Never throws: unexpected errors become exit 2. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    await help(io);
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.err(`Lệnh không hợp lệ: ${name}. Xem: nq help\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    io.err(`Lỗi không mong muốn: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
