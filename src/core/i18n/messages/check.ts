import type { MessageTable } from "../types";

/** Messages of the check area. Issue messages use the key "issue.<CODE>". */
export const checkMessages = {} satisfies MessageTable;
