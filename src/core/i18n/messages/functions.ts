import type { MessageTable } from "../types";

/** Messages of the functions area. Issue messages use the key "issue.<CODE>". */
export const functionsMessages = {} satisfies MessageTable;
