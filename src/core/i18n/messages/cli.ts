import type { MessageTable } from "../types";

/** Messages of the cli area. Issue messages use the key "issue.<CODE>". */
export const cliMessages = {} satisfies MessageTable;
